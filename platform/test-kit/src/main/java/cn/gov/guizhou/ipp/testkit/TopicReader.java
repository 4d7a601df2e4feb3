package cn.gov.guizhou.ipp.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its start, as an outside consumer such as a dashboard would. */
public final class TopicReader {

  private TopicReader() {}

  /** The first record of the topic that matches, waiting up to {@code timeout} for it. */
  public static Optional<ConsumerRecord<String, byte[]>> find(
      String bootstrapServers,
      String topic,
      Predicate<ConsumerRecord<String, byte[]>> matches,
      Duration timeout) {
    try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
      Instant deadline = Instant.now().plus(timeout);
      List<TopicPartition> partitions = new ArrayList<>();
      while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
        consumer.partitionsFor(topic, Duration.ofSeconds(2)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .forEach(partitions::add);
      }
      if (partitions.isEmpty()) {
        return Optional.empty();
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
          if (matches.test(record)) {
            return Optional.of(record);
          }
        }
      }
      return Optional.empty();
    }
  }

  private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-reader-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest"),
        new StringDeserializer(),
        new ByteArrayDeserializer());
  }
}
