"""Fixed official formulations (固定提法) and the wrong forms they are known to take.

Each entry is a regular expression for a wrong form and the right form. A wrong form is listed only
when it is unambiguous: it is not itself a correct phrase anywhere (平安生产 is wrong, but 平安建设,
平安中国, 平安县 are right and must never match). Most wrong forms come from two sources:

- synonym-substituted ("伪原创") text copied from template sites, where 发展→进展, 安全→平安,
  积极→乐观, 服务→效劳, 特色→特点, 供给→供应, 核心→中心 were swapped word by word;
- slips that reviewers meet again and again (十七会议 for 十七大, 防腐拒变 for 拒腐防变, the two
  布局 of 五位一体 and 四个全面 exchanged, 一路一带, 习近平中国特色社会主义思想 without 新时代);
- well-known misspellings of the set phrases official writing leans on (再接再励, 一如继往, 贯切落实,
  与时具进, 如火如茶): the wrong form is not a word, so it is never right.

General synonyms (进展思路, 根底设施) are not here: they read oddly but are not official formulations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from re import _constants, _parser  # CPython's own pattern parser (the gates of find_term_errors)

_LITERAL, _BRANCH, _SUBPATTERN = _constants.LITERAL, _constants.BRANCH, _constants.SUBPATTERN


@dataclass(frozen=True)
class TermError:
    wrong: re.Pattern[str]
    right: str
    why: str


# A pattern opens with a literal and checks what precedes it with a lookbehind placed after the
# literal, e.g. 平安(?<=(?:食品|…)平安): the regex engine then scans for the literal instead of
# trying every position of the document (same matches).
def _entry(wrong: str, right: str, why: str) -> TermError:
    return TermError(re.compile(wrong), right, why)


_CONGRESS = "(?<![第0-9一二三四五六七八九十]..)"

_NUMERALS = "一两二三四五六七八九十"
_OPEN_QUOTES = "“\"‘'"


def _numbered(tail: str, numeral: str, verbs: tuple[str, ...], what: str) -> TermError:
    """A numbered formulation whose number is fixed (两个维护, 四个自信) written with another number. The
    number alone makes no slip (三个维护工单 is no slogan), so it must stand where the slogan does: opened by a
    quotation mark, or right after a verb the slogan takes (做到“两个维护”, 坚定四个自信)."""
    others = "".join(c for c in _NUMERALS if c != numeral and not (numeral == "两" and c == "二"))
    context = "|".join([f"(?<=[{_OPEN_QUOTES}][{others}])"] + [f"(?<={verb}[{others}])" for verb in verbs])
    return _entry(f"[{others}](?:{context}){tail}", f"{numeral}{tail}", f"“{numeral}{tail}”指{what}")
  # the character before the two-character number

TERM_ERRORS: tuple[TermError, ...] = (
    # Party theory and congresses
    _entry(r"科学(?:进展|开展)观", "科学发展观", "党的指导思想的固定提法"),
    _entry(r"(?:进展|开展)(?=是第一要务|是硬道理|是党执政兴国的第一要务)", "发展", "固定提法“发展是第一要务/发展是硬道理”"),
    _entry(r"新(?:进展|开展)(?=理念|阶段|格局)", "新发展", "“新发展阶段、新发展理念、新发展格局”的固定提法"),
    _entry(r"高(?<=(?:推动|推进|实现|促进|坚持|加快|引领)高)质量(?:进展|开展)", "高质量发展", "固定提法“高质量发展”"),
    _entry(r"以人民为中心的(?:进展|开展)思想", "以人民为中心的发展思想", "固定提法"),
    # the frame of a fixed formulation with another word in its middle: 以人民为核心/重心/主体的发展思想
    _entry(r"以人民为(?!中心)[\u4e00-\u9fff]{2}的发展思想", "以人民为中心的发展思想", "固定提法“以人民为中心的发展思想”"),
    _entry(r"中国特(?:点|征|性)社会主义", "中国特色社会主义", "固定提法“中国特色社会主义”"),
    _entry(r"新时期中国特色社会主义思想", "新时代中国特色社会主义思想", "固定提法“习近平新时代中国特色社会主义思想”"),
    _entry(r"社会主义中心价值观", "社会主义核心价值观", "固定提法“社会主义核心价值观”"),
    _entry(r"三个代表[”\"’']?(?:主要|首要)思想", "“三个代表”重要思想", "固定提法“‘三个代表’重要思想”"),
    _entry(r"五位一体[”\"’']?战略布局", "“五位一体”总体布局", "“五位一体”是总体布局，“四个全面”才是战略布局"),
    _entry(r"四个全面[”\"’']?总体布局", "“四个全面”战略布局", "“四个全面”是战略布局，“五位一体”才是总体布局"),
    # the number of a numbered formulation: “四位一体”总体布局, “三个全面”战略布局
    _entry(r"[一二三四六七八九十](?<![一二三四五六七八九十][一二三四六七八九十])位一体([”\"’']?)总体布局", "五位一体{0}总体布局",
           "统筹推进的总体布局是“五位一体”（经济、政治、文化、社会、生态文明建设）"),
    _entry(r"[一二三五六七八九十](?<![一二三四五六七八九十][一二三五六七八九十])个全面([”\"’']?)战略布局", "四个全面{0}战略布局",
           "协调推进的战略布局是“四个全面”"),
    _entry(r"(十[二三四五六七八九]|二十)" + _CONGRESS + r"会议", "{0}大", "党的全国代表大会简称“十N大”"),
    # a plenary session is counted by the congress's term (届), not by the congress: 二十大三中全会
    _entry(r"(十[一二三四五六七八九]|二十|十)" + _CONGRESS + r"大([一二三四五六七八九])中全会", "{0}届{1}中全会", "中央全会按届次称“十N届N中全会”，“十N大”是党的全国代表大会"),
    # a numbered session named with the homophone 界 for its term (届), or its plenary session (全会) called a 会议
    _entry(r"界(?<=[一二三四五六七八九十]界)(?=[一二三四五六七八九十](?:中全会|中会议|次(?:全体)?会议)|(?:全国)?人大|党代会|全国人民代表大会)",
           "届", "届次的“届”（二十届三中全会、十四届全国人大），“界”是同音字"),
    _entry(r"中会议(?<=[届界][一二三四五六七八九十]中会议)", "中全会", "中央和地方党委的全体会议简称“N中全会”（二十届三中全会）"),
    # a slogan of a 布局 with one of its characters replaced: “五位一统”总体布局, “四个全局”战略布局
    _entry(r"五位(?:一(?!体)[\u4e00-\u9fff]|(?!一)[\u4e00-\u9fff]体)(?=[”\"’']?总体布局)", "五位一体", "统筹推进的总体布局是“五位一体”"),
    _entry(r"四个(?:全(?!面)[\u4e00-\u9fff]|(?!全)[\u4e00-\u9fff]面)(?=[”\"’']?战略布局)", "四个全面", "协调推进的战略布局是“四个全面”"),
    # 理念 of 新发展理念 after the verb it takes, replaced by a word sharing a character (观念, 理论): 贯彻新发展理论
    _entry(r"新发展(?<=(?:贯彻|践行|落实|坚持|树立|遵循)新发展)(?!理念)(?:[\u4e00-\u9fff]念|理[\u4e00-\u9fff])", "新发展理念",
           "固定提法“完整、准确、全面贯彻新发展理念”"),
    # Slogans of Party education and political loyalty (the wrong forms are not words of their own)
    _entry(r"两学一作", "两学一做", "学习教育活动的固定名称“两学一做”（学党章党规、学系列讲话，做合格党员）"),
    _entry(r"两个维持(?!不变|稳定|现状|原|在|好)", "两个维护", "固定提法“两个维护”"),
    _entry(r"两个(?:确定|树立)(?:(?=[”\"’']|的决定性意义)|(?<=[“\"‘']两个确定)|(?<=[“\"‘']两个树立))", "两个确立", "固定提法“两个确立”"),
    _entry(r"四(?:(?<=(?:增强|树立|强化)四)|(?<=[“\"‘']四))个(?:意思|认识)(?=[”\"’'、，,])", "四个意识", "固定提法“四个意识”"),
    _entry(r"中心意识(?:(?<=大局意识[、，,]中心意识)|(?=[、，,]看齐意识))", "核心意识", "“四个意识”：政治意识、大局意识、核心意识、看齐意识"),
    _entry(r"四(?:(?<=(?:坚定|增强|树立)四)|(?<=[“\"‘']四))个(?:自新|信心|自立)(?=[”\"’'、，,])", "四个自信", "固定提法“四个自信”"),
    _entry(r"三严三是|三实三严", "三严三实", "固定提法“三严三实”"),
    _entry(r"三会一科", "三会一课", "党的组织生活制度“三会一课”"),
    _entry(r"不忘初衷[、，,]?牢记使命|牢记初心[、，,]?不忘使命|不忘初心[、，,]?(?:牢记任务|牢记职责|谨记使命|铭记使命|记住使命)",
           "不忘初心、牢记使命", "固定提法“不忘初心、牢记使命”"),
    # 使命 written with a near homophone of 命 (名, 明, 鸣, 铭): 牢记使名
    _entry(r"(牢记|肩负|担当)使(?:名|明|鸣|铭|冥)(?![\u4e00-\u9fff])", "{0}使命", "固定提法“牢记使命”“肩负使命”"),
    _entry(r"中央八条规定", "中央八项规定", "固定提法“中央八项规定”"),
    # numbered formulations with the wrong number: 做到“三个维护”, 中央六项规定
    _numbered("个维护", "两", ("做到", "践行", "坚决"), "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导"),
    _numbered("个确立", "两", ("领悟", "拥护", "深刻"), "确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位"),
    # (not 个意识: 树牢“三个意识” (国家意识、公民意识、中华民族共同体意识) is a formulation of its own in Tibet)
    _numbered("个自信", "四", ("坚定", "增强"), "道路自信、理论自信、制度自信、文化自信"),
    _entry(r"中央[一二三四五六七九十]项规定", "中央八项规定", "固定提法“中央八项规定”"),
    _entry(r"四个周全", "四个全面", "固定提法“四个全面”战略布局"),
    _entry(r"周全(?=从严治党|深化改革|依法治国|建成小康社会|建设社会主义现代化国家)", "全面", "“四个全面”中“全面”是固定用词"),
    _entry(r"中华民族伟大振兴", "中华民族伟大复兴", "固定提法“中华民族伟大复兴”"),
    _entry(r"政治领会力", "政治领悟力", "固定提法“政治判断力、政治领悟力、政治执行力”"),
    _entry(r"人类运气共同体", "人类命运共同体", "固定提法“人类命运共同体”"),
    # Party building and discipline
    _entry(r"入党乐观分子", "入党积极分子", "党务固定称谓“入党积极分子”"),
    _entry(r"乐观分子(?<!入党乐观分子)", "积极分子", "党务固定称谓“积极分子”"),
    _entry(r"防腐拒变", "拒腐防变", "固定提法“拒腐防变”"),
    _entry(r"党风廉政建立", "党风廉政建设", "固定提法“党风廉政建设”"),
    _entry(r"党风廉洁建设", "党风廉政建设", "固定提法“党风廉政建设”（廉洁是另一个词：廉洁自律、廉洁文化）"),
    _entry(r"全心全意为人民效劳", "全心全意为人民服务", "固定提法“全心全意为人民服务”"),
    _entry(r"效劳型政府", "服务型政府", "固定提法“服务型政府”"),
    # Work safety: 平安 is right in 平安建设/平安中国/平安单位, wrong where 安全 is the fixed word
    _entry(r"平安生产", "安全生产", "固定提法“安全生产”（平安建设、平安中国等是另一回事）"),
    _entry(r"平安第一", "安全第一", "安全生产方针“安全第一、预防为主、综合治理”"),
    _entry(r"平安责任重于泰山", "安全责任重于泰山", "固定提法“安全责任重于泰山”"),
    _entry(r"平安(?=隐患|事故)", "安全", "固定提法“安全隐患/安全事故”"),
    _entry(r"平安(?<=(?:食品|药品|消防|粮食|网络|信息)平安)", "安全", "固定提法“食品安全/消防安全/粮食安全/网络安全”"),
    # Economic policy
    _entry(r"供应侧(?:结构性)?改革", "供给侧结构性改革", "固定提法“供给侧结构性改革”"),
    _entry(r"精确扶贫", "精准扶贫", "固定提法“精准扶贫”"),
    _entry(r"两不愁[、,，]?三保证", "两不愁三保障", "固定提法“两不愁三保障”"),
    _entry(r"三去一补一降", "三去一降一补", "固定提法“三去一降一补”（去产能、去库存、去杠杆、降成本、补短板）"),
    _entry(r"一路一带", "一带一路", "固定提法“一带一路”"),
    _entry(r"放服管|管放服|服放管|服管放|管服放", "放管服", "固定提法“放管服”改革（简政放权、放管结合、优化服务）"),
    _entry(r"六稳[”\"’']?[、，,]?[“\"‘']?六包|六包[”\"’']?[、，,]?[“\"‘']?六稳", "“六稳”“六保”", "固定提法“六稳”“六保”"),
    _entry(r"供给侧结构改革", "供给侧结构性改革", "固定提法“供给侧结构性改革”"),
    _entry(r"国际国内双循环", "国内国际双循环", "固定提法“以国内大循环为主体、国内国际双循环相互促进的新发展格局”"),
    _entry(r"五大(?:进展|开展)理念", "五大发展理念", "新发展理念（创新、协调、绿色、开放、共享）"),
    _entry(r"高(?<=(?:经济|产业|园区|区域|县域|城市|乡村|全面)高)质量进展", "高质量发展", "固定提法“高质量发展”"),
    _entry(r"青山绿水就是金山银山", "绿水青山就是金山银山", "固定提法“绿水青山就是金山银山”"),
    # Names of the guiding theories
    _entry(r"习近平中国特色社会主义思想", "习近平新时代中国特色社会主义思想", "指导思想全称不可省略“新时代”"),
    _entry(r"邓小平思想(?!政治|方法|建党|作风)", "邓小平理论", "指导思想的固定提法是“邓小平理论”"),
    _entry(r"中华人民共合国", "中华人民共和国", "国名"),
    # Set phrases of official writing with well-known misspellings (公文常见错别字)
    _entry(r"贯切落实|惯彻落实", "贯彻落实", "固定词语"),
    _entry(r"与时具进|与时剧进", "与时俱进", "固定词语"),
    _entry(r"实是求是", "实事求是", "固定词语"),
    _entry(r"坚苦奋斗", "艰苦奋斗", "固定词语"),
    _entry(r"一如继往", "一如既往", "成语"),
    _entry(r"再接再励", "再接再厉", "成语"),
    _entry(r"既往开来", "继往开来", "成语"),
    _entry(r"按步就班", "按部就班", "成语"),
    _entry(r"迫在眉捷", "迫在眉睫", "成语"),
    _entry(r"鞠躬尽粹", "鞠躬尽瘁", "成语"),
    _entry(r"一股作气", "一鼓作气", "成语"),
    _entry(r"明辩是非", "明辨是非", "成语"),
    _entry(r"名列前矛", "名列前茅", "成语"),
    _entry(r"竞竞业业", "兢兢业业", "成语"),
    _entry(r"厉精图治", "励精图治", "成语"),
    _entry(r"契而不舍", "锲而不舍", "成语"),
    _entry(r"有的放失", "有的放矢", "成语"),
    _entry(r"因地治宜", "因地制宜", "成语"),
    _entry(r"抵砺前行", "砥砺前行", "固定词语"),
    _entry(r"攻艰克难", "攻坚克难", "固定词语"),
    _entry(r"不甚枚举", "不胜枚举", "成语"),
    _entry(r"迫不急待", "迫不及待", "成语"),
    _entry(r"如火如茶", "如火如荼", "成语"),
    _entry(r"涣然一新|换然一新", "焕然一新", "成语"),
    _entry(r"一愁莫展", "一筹莫展", "成语"),
    _entry(r"针贬时弊", "针砭时弊", "成语"),
    _entry(r"出类拔粹", "出类拔萃", "成语"),
    _entry(r"美仑美奂", "美轮美奂", "成语"),
    _entry(r"变本加利", "变本加厉", "成语"),
    _entry(r"精意求精", "精益求精", "成语"),
    _entry(r"开拓近取", "开拓进取", "固定词语"),
)


def find_term_errors(text: str, text_pairs: set[str] | frozenset[str] | None = None):
    """Yield ``(start, end, right, why)`` for every wrong formulation in ``text``. With ``text_pairs`` (every
    pair of adjacent characters of the text, as DC503 has them), an entry is searched for only when the text holds the pairs of characters
    every match of it holds (one set test instead of a scan of the text: the same matches)."""
    gates = _gates() if text_pairs is not None else ()
    for n, entry in enumerate(TERM_ERRORS):
        if gates and gates[n] and not any(pairs <= text_pairs for pairs in gates[n]):
            continue
        for m in entry.wrong.finditer(text):
            yield m.start(), m.end(), entry.right.format(*m.groups()), entry.why


@lru_cache(maxsize=1)
def _gates() -> tuple[tuple[frozenset[str], ...], ...]:
    """For each entry, the alternatives of pairs one of which a match holds in full, or ()
    when nothing is sure (the entry is always searched for)."""
    return tuple(_required_pairs(entry.wrong) for entry in TERM_ERRORS)


def _required_pairs(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Alternatives of pairs of adjacent literal characters, each of which every match of ``pattern``
    through that alternative holds: 科学(?:进展|开展)观 -> {科学}, 贯切落实|惯彻落实 -> {贯切, 切落, 落实} or
    {惯彻, 彻落, 落实}. () when some alternative has no such pair, or the pattern ignores case."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        alternatives = _sequence_pairs(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # pragma: no cover - the parser is CPython's own; any surprise means no gate
        return ()
    if not alternatives or not all(alternatives):
        return ()
    return tuple(alternatives)


def _sequence_pairs(items) -> list[frozenset[str]]:
    """The alternatives of required pairs of one sequence of parsed items (see _required_pairs): its
    adjacent literals, with the alternatives of the first group or branch in it that requires some."""
    pairs: set[str] = set()
    previous = None
    nested: list[frozenset[str]] | None = None
    for op, value in items:
        if op is _LITERAL:
            char = chr(value)
            if previous is not None:
                pairs.add(previous + char)
            previous = char
            continue
        previous = None  # anything else (a class, a repeat, an assertion) breaks the run of literals
        inner = None
        if op is _BRANCH:
            inner = [alternative for branch in value[1] for alternative in _sequence_pairs(branch.data)]
        elif op is _SUBPATTERN and not value[1] and not value[2]:  # a group that changes no flag
            inner = _sequence_pairs(value[3].data)
        if nested is None and inner and all(inner):
            nested = inner
    if nested is None:
        return [frozenset(pairs)]
    return [pairs | alternative for alternative in nested]
