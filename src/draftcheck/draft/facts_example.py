"""The commented example facts file that ``draftcheck facts init`` writes."""

EXAMPLE_FACTS = """\
# draftcheck 事实文件（YAML）。起草时，报告中的每个数字都必须来自这里，或由程序从这里推算
# （增速、增减额、完成率、占比、个数、合计），模型只照抄、不计算。
#   检查：draftcheck facts check facts.yaml
#   起草：draftcheck draft facts.yaml -o 工作总结.md      （或 -o 工作总结.docx）
# 数字照写即可，小数位会保留（386.50 仍是 386.50）；单位写在 unit 中：亿元、万元、万美元、%、个、家、亩、万吨……

organisation: 青山经济开发区管理委员会   # 单位全称
area: 开发区                             # 正文中的简称（缺省用单位全称）
# title: 青山经济开发区2025年上半年工作总结  # 标题（缺省：单位 + 期间 + 工作总结）
period:
  year: 2025
  kind: 上半年          # 年度（全年）/ 上半年 / 1-9月、前三季度 这样截至几月的期间
  # months: 9           # kind 为 1-N月 时填写截至几月
overview: >-            # 开篇总述（可选，原样放在标题之后）
  今年以来，开发区围绕高质量发展目标，聚焦项目建设和招商引资，主要经济指标保持平稳增长。

# 主要指标：value 本期值；base 上年同期值（有则程序算增减额与增速）；target 年度目标（有则算完成率）；
# estimated: true 表示预计数；growth 只在增速不能由现值与基数算出时填写（如按可比价格计算），
# 同时写 comparable_prices: true。
indicators:
  - name: 规模以上工业总产值
    value: 215.6
    unit: 亿元
    base: 198.3
    target: 450
  - name: 规模以上工业增加值
    value: 52.8
    unit: 亿元
    growth: 7.9
    comparable_prices: true
  - name: 实际利用外资
    value: 6850
    unit: 万美元
    base: 6120
    target: 13000
  - name: 研发经费投入强度
    value: 3.2
    unit: "%"
    base: 2.9

# 合计与分项：complete: true 表示各分项之和就是合计；false 表示只列举了其中一部分。
totals:
  - name: 固定资产投资
    value: 86.4
    unit: 亿元
    complete: false
    parts:
      - name: 工业投资
        value: 61.2
      - name: 基础设施投资
        value: 128000    # 分项可用不同单位，程序自动换算（12.8亿元）
        unit: 万元

# 重点项目：status 为 签约 / 前期 / 在建 / 投产；investment 总投资、invested 本期完成投资（单位见 unit，缺省亿元）；
# start、finish 写 2025-03 或 2025-03-15。
projects:
  - name: 年产5万吨高性能纤维项目
    status: 在建
    investment: 28
    invested: 6.5
    progress: 主厂房钢结构安装完成80%
    start: 2024-10
    finish: 2026-06
  - name: 青山数字经济产业园
    status: 投产
    investment: 9.6
    progress: 一期已入驻企业32家
    finish: 2025-04
  - name: 新材料中试基地项目
    status: 签约
    investment: 5.5
    progress: 已完成土地摘牌

# 招商引资：signed_projects 新签约项目个数；major_projects 其中亿元以上项目个数；
# signed_amount 签约总金额；funds_in_place 到位资金；target 到位资金年度目标。
investment:
  unit: 亿元
  signed_projects: 12
  major_projects: 7
  signed_amount: 48.6
  funds_in_place: 21.3
  target: 45
  highlights:
    - 新材料中试基地项目
  activities:
    - 赴粤港澳大湾区开展产业链招商

# 其他重点工作：每项一个标题和一段具体做法（公文语体）；content 里的数字也是事实。
work_items:
  - title: 优化营商环境
    content: 推行“一窗受理、集成服务”，企业开办时间压缩至1个工作日。

# 重要活动与事件（可选）：date 写 2025-03-15 或 2025-03。
events:
  - date: 2025-05-20
    content: 举办2025青山开发区投资贸易洽谈会，现场签约项目5个

# 存在问题：每条一句。
problems:
  - 新开工项目偏少，后续支撑不足。
  - 企业融资难、用工难问题依然存在。

# 下一步工作打算：可给目标（target_name、target、unit 一起填写）。
plans:
  - title: 抓好项目建设
    content: 加快在建项目建设进度，推动签约项目尽早开工。
  - title: 确保完成全年目标
    content: 紧盯年度目标任务，加强经济运行调度。
    target_name: 规模以上工业总产值
    target: 450
    unit: 亿元
"""
