-- An expert's region is one of the enumerated regions (cn.gov.guizhou.ipp.contracts.identity.Region):
-- the nine prefecture-level divisions of Guizhou, 贵安新区, or OUTSIDE_PROVINCE. Rows written while
-- the region was free text are mapped from the Chinese name or a code in any case; a value that
-- names none of them is kept as it was (shown as written, never guessed).
update expert
set region = case
    when upper(trim(region)) in ('GUIYANG', 'ZUNYI', 'LIUPANSHUI', 'ANSHUN', 'BIJIE', 'TONGREN',
                                 'QIANDONGNAN', 'QIANNAN', 'QIANXINAN', 'GUIAN_NEW_AREA',
                                 'OUTSIDE_PROVINCE') then upper(trim(region))
    when trim(region) in ('贵阳', '贵阳市') then 'GUIYANG'
    when trim(region) in ('遵义', '遵义市') then 'ZUNYI'
    when trim(region) in ('六盘水', '六盘水市') then 'LIUPANSHUI'
    when trim(region) in ('安顺', '安顺市') then 'ANSHUN'
    when trim(region) in ('毕节', '毕节市') then 'BIJIE'
    when trim(region) in ('铜仁', '铜仁市') then 'TONGREN'
    when trim(region) in ('黔东南', '黔东南州', '黔东南苗族侗族自治州') then 'QIANDONGNAN'
    when trim(region) in ('黔南', '黔南州', '黔南布依族苗族自治州') then 'QIANNAN'
    when trim(region) in ('黔西南', '黔西南州', '黔西南布依族苗族自治州') then 'QIANXINAN'
    when trim(region) in ('贵安', '贵安新区') then 'GUIAN_NEW_AREA'
    when trim(region) in ('省外') then 'OUTSIDE_PROVINCE'
    else region
  end;
