"""The facts file: what a 工作总结 is drafted from, as validated pydantic models.

A facts file is YAML. Numbers keep the precision they were written with (``386.50`` stays
``Decimal('386.50')``), and every validation error names the file, the line and the field::

    facts.yaml:14: indicators[1].value: 应为数字（当前为 “三百”）

``load_facts(path)`` is the single entry point; it raises :class:`FactsError` with one line per
problem, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from draftcheck.numbers.quantity import Quantity, extract_quantities
from draftcheck.error_wording import error_text, os_error_text, yaml_error_text

PERIOD_KINDS = ("年度", "上半年", "1-N月")
PROJECT_STATUSES = ("签约", "前期", "在建", "投产")


class FactsError(Exception):
    """The facts file cannot be used; ``lines`` holds one user-facing line per problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def parse_unit(unit: str) -> Quantity:
    """The quantity ``1<unit>`` as the checker reads it: magnitude and base unit of ``unit``.

    Uses the same parser as the rules, so 亿元 and 万元 normalise exactly as they do in a draft.
    """
    probe = f"1{unit}"
    found = extract_quantities(probe)
    if not found or found[0].start != 0 or found[0].end != len(probe):
        raise ValueError(f"无法识别的单位 “{unit}”（可用如 亿元、万元、万美元、%、个、家、项、亩、万吨、平方米）")
    return found[0]


def _check_unit(unit: str) -> str:
    unit = unit.strip()
    parse_unit(unit)
    return unit


Unit = Annotated[str, AfterValidator(_check_unit)]


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def date_parts(value: str | dt.date | None) -> tuple[int, int, int | None] | None:
    """2024-03-15 -> (2024, 3, 15); 2024-03 -> (2024, 3, None); anything else -> None."""
    if isinstance(value, dt.date):
        return value.year, value.month, value.day
    m = _ISO_DATE.fullmatch(str(value or "").strip())
    return (int(m[1]), int(m[2]), int(m[3]) if m[3] else None) if m else None


def format_date(value: str | dt.date) -> str:
    """2024-03-15 / 2024-03 / 2024年3月 -> 2024年3月15日 / 2024年3月 / 2024年3月."""
    parts = date_parts(value)
    if parts is None:
        return str(value).strip()
    year, month, day = parts
    return f"{year}年{month}月" + (f"{day}日" if day else "")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


_DASH = "-—–－～~〜至到"
_CN_MONTHS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}
_N = r"(\d{1,2}|十[一二]?|[一二两三四五六七八九])"
_MONTH_SPAN = re.compile(rf"(?:1|一)月?[{_DASH}]{_N}月(?:份|末|底)?")
_QUARTERS = re.compile(rf"(?:前|第?1至|第?一至)?{_N}(?:个)?季度(?:末|底)?")
_YEAR_PREFIX = re.compile(r"(?P<year>\d{4})\s*年?(?P<rest>.*)")
_WHOLE_YEAR = {"年度", "全年", "全年度", "年", "全年工作", "年终"}
PERIOD_SPELLINGS = "年度（全年）、上半年、1-N月（如 1-9月、1—9月、1～9月、前三季度、一季度）"


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _CN_MONTHS[text]


def read_period_kind(kind: str) -> tuple[str, int | None] | None:
    """A period as users write it -> (kind, months): 全年 -> (年度, None); 1—9月, 1～9月, 前三季度 ->
    (1-N月, 9); 一季度 -> (1-N月, 3); 1-12月 -> (年度, None); 上半年 -> (上半年, None). None if unknown."""
    text = re.sub(r"\s+", "", kind).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text in _WHOLE_YEAR:
        return "年度", None
    if text in ("上半年", "1-N月"):
        return text, None
    if text in ("第一季度", "一季度", "1季度"):
        return "1-N月", 3
    if m := _MONTH_SPAN.fullmatch(text):
        months = _month_number(m[1])
    elif (m := _QUARTERS.fullmatch(text)) and text.startswith(("前", "1至", "一至", "第1至", "第一至")):
        months = 3 * _month_number(m[1])
    else:
        return None
    if months == 12:
        return "年度", None
    return ("1-N月", months) if 1 <= months <= 11 else None


class Period(Model):
    year: int = Field(ge=1949, le=2100, description="年份")
    kind: Literal["年度", "上半年", "1-N月"] = Field(description=PERIOD_SPELLINGS)
    months: int | None = Field(default=None, ge=1, le=11, description="1-N月 的 N")

    @model_validator(mode="before")
    @classmethod
    def _read_spellings(cls, data: Any) -> Any:
        """Accept the spellings users try: ``period: 2024年1-9月`` and ``kind: 1—9月 / 前三季度 / 全年``."""
        if isinstance(data, str):
            m = _YEAR_PREFIX.fullmatch(data.strip())
            if not m:
                raise ValueError(f"应写为“2024年1-9月”这样的年份加期间，或分开写 year: 2024 与 kind: {PERIOD_SPELLINGS}")
            data = {"year": int(m["year"]), "kind": m["rest"] or "年度"}
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
            return data
        read = read_period_kind(data["kind"])
        if read is None:
            return data  # the Literal check reports it, with the spellings that work (see _FIELD_HINTS)
        kind, months = read
        given = data.get("months")
        if months is not None and given not in (None, months):
            raise ValueError(f"kind 写的是“{data['kind']}”（截至 {months} 月），months 却是 {given}；请只保留一处")
        data = {**data, "kind": kind}
        if months is not None:
            data["months"] = months
        return data

    @model_validator(mode="after")
    def _months_match_kind(self) -> "Period":
        if self.kind == "1-N月" and self.months is None:
            raise ValueError("kind 为 1-N月 时须填写 months（截至几月），如 1-9月 写 months: 9；也可直接写 kind: 1-9月")
        if self.kind != "1-N月" and self.months is not None:
            raise ValueError("只有 kind 为 1-N月 时才填写 months")
        return self

    @property
    def label(self) -> str:
        """2024年 / 2024年上半年 / 2024年1-10月."""
        if self.kind == "年度":
            return f"{self.year}年"
        if self.kind == "上半年":
            return f"{self.year}年上半年"
        return f"{self.year}年1-{self.months}月"

    @property
    def is_full_year(self) -> bool:
        return self.kind == "年度"


class Indicator(Model):
    name: str = Field(min_length=1, description="指标名称，如 规模以上工业总产值")
    value: Decimal = Field(description="本期完成值")
    unit: Unit = Field(description="单位，如 亿元、万元、%、个")
    base: Decimal | None = Field(default=None, description="上年同期值")
    target: Decimal | None = Field(default=None, description="年度目标")
    estimated: bool = Field(default=False, description="本期值为预计数")
    growth: Decimal | None = Field(
        default=None, description="给定的增速（%），用于无法由现值与基数算出的情形，如按可比价格计算"
    )
    comparable_prices: bool = Field(default=False, description="增速按可比价格计算（不能由名义值推算）")


class Part(Model):
    name: str = Field(min_length=1)
    value: Decimal
    unit: Unit | None = Field(default=None, description="缺省与合计相同")


class Total(Model):
    name: str = Field(min_length=1, description="合计项名称，如 固定资产投资")
    value: Decimal
    unit: Unit
    estimated: bool = False
    complete: bool = Field(default=False, description="true 表示各分项之和就是合计（分别为…）；false 表示只列举其中部分")
    parts: list[Part] = Field(min_length=1)


class Project(Model):
    name: str = Field(min_length=1)
    status: Literal["签约", "前期", "在建", "投产"]
    investment: Decimal | None = Field(default=None, description="总投资")
    unit: Unit = Field(default="亿元", description="投资额单位")
    invested: Decimal | None = Field(default=None, description="本期完成投资（与 unit 同单位）")
    progress: str | None = Field(default=None, description="形象进度，如 主体结构已封顶")
    start: str | dt.date | None = Field(default=None, description="开工（签约）日期，如 2024-03")
    finish: str | dt.date | None = Field(default=None, description="建成（投产）日期或预计日期")


class InvestmentAttraction(Model):
    unit: Unit = Field(default="亿元", description="金额单位")
    signed_projects: int | None = Field(default=None, ge=0, description="新签约项目个数")
    signed_amount: Decimal | None = Field(default=None, description="签约总金额")
    major_projects: int | None = Field(default=None, ge=0, description="其中亿元以上项目个数")
    funds_in_place: Decimal | None = Field(default=None, description="到位资金")
    target: Decimal | None = Field(default=None, description="到位资金年度目标")
    highlights: list[str] = Field(default_factory=list, description="重点签约项目名称")
    activities: list[str] = Field(default_factory=list, description="招商活动")


class WorkItem(Model):
    title: str = Field(min_length=1, description="工作事项，如 优化营商环境")
    content: str = Field(min_length=1, description="具体做法与成效（公文语体，可含数字，数字即事实）")


class Event(Model):
    date: str | dt.date = Field(description="日期，如 2024-03-15 或 2024-03")
    content: str = Field(min_length=1, description="事件，如 举办新能源材料产业链对接会，签约项目6个")


class Plan(Model):
    title: str = Field(min_length=1)
    content: str = Field(min_length=1)
    target_name: str | None = Field(default=None, description="目标指标，如 规模以上工业总产值")
    target: Decimal | None = None
    unit: Unit | None = None

    @model_validator(mode="after")
    def _target_has_unit(self) -> "Plan":
        if self.target is not None and (self.unit is None or self.target_name is None):
            raise ValueError("填写 target 时须同时填写 target_name 与 unit")
        return self


class Facts(Model):
    organisation: str = Field(min_length=2, description="单位名称，如 某某产业集聚区管委会")
    area: str = Field(default="", description="正文中的简称，如 集聚区、开发区、园区；缺省用单位名称")
    title: str | None = Field(default=None, description="标题；缺省为 单位 + 期间 + 工作总结")
    author: str | None = Field(default=None, description="文档作者（.docx 文档属性）；缺省为配置 [draft] author，再缺省为单位名称")
    period: Period
    overview: str | None = Field(default=None, description="开篇总述一段（可选）")
    indicators: list[Indicator] = Field(default_factory=list)
    totals: list[Total] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    investment: InvestmentAttraction | None = None
    work_items: list[WorkItem] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list, description="重要活动与事件（按时间）")
    problems: list[str] = Field(default_factory=list)
    plans: list[Plan] = Field(default_factory=list)

    @property
    def display_title(self) -> str:
        return self.title or f"{self.organisation}{self.period.label}工作总结"

    @property
    def short_name(self) -> str:
        return self.area or self.organisation


# --------------------------------------------------------------------------- loading


class _DecimalLoader(yaml.SafeLoader):
    """SafeLoader that reads floats as Decimals exactly as written (386.50 stays 386.50)."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return float(loader.construct_yaml_float(node))


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def facts_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_facts(text: str, name: str = "facts.yaml") -> Facts:
    """Validate YAML ``text``; errors are reported against ``name``."""
    try:
        node = compose_yaml(text)
        raw = yaml.load(text, Loader=_DecimalLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        raise FactsError([f"{where}: YAML 格式错误，{yaml_error_text(exc)}"]) from None
    if not isinstance(raw, dict):
        shape = _YAML_TYPES.get(type(raw).__name__, "其他内容")
        raise FactsError([f"{name}:1: 事实文件应是键值映射（organisation:、period: …），而不是{shape}"])
    try:
        return Facts.model_validate(raw)
    except ValidationError as exc:
        raise FactsError([_describe_error(name, node, err) for err in exc.errors()]) from None


def load_facts(path: str | Path) -> tuple[Facts, str]:
    """Read and validate a facts file; return the facts and the sha256 of its bytes."""
    facts, _, digest = load_facts_text(path)
    return facts, digest


def load_facts_text(path: str | Path) -> tuple[Facts, str, str]:
    """Read and validate a facts file; return the facts, its text and the sha256 of its bytes."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise FactsError([f"{p}: 文件不存在；可用 draftcheck facts init {p} 生成示例"]) from None
    except OSError as exc:
        raise FactsError([f"{p}: 无法读取：{os_error_text(exc)}"]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactsError([f"{p}: 不是 UTF-8 编码（第 {exc.start} 字节）；请另存为 UTF-8"]) from None
    return parse_facts(text, str(p)), text, facts_hash(data)


def field_path(loc: tuple) -> str:
    """('indicators', 1, 'value') -> indicators[1].value"""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "（顶层）"


def compose_yaml(text: str) -> yaml.Node | None:
    """The YAML node tree (with line marks) of a facts file that has already parsed."""
    return yaml.compose(text, Loader=_DecimalLoader)


def line_of(root: yaml.Node | None, loc: tuple) -> int:
    """1-based line of the field at ``loc``: its key's line, or the line of its deepest existing parent."""
    node, complete = _node_at(root, loc)
    if complete and loc and isinstance(loc[-1], str):
        parent, _ = _node_at(root, loc[:-1])
        key = next((k for k, _ in getattr(parent, "value", ()) if getattr(k, "value", None) == loc[-1]), None)
        if key is not None:
            node = key
    return node.start_mark.line + 1 if node is not None else 1


def _node_at(root: yaml.Node | None, loc: tuple) -> tuple[yaml.Node | None, bool]:
    """The deepest YAML node along ``loc``; the flag says whether the whole path was found."""
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            child = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        else:
            child = None
        if child is None:
            return node, False
        node = child
    return node, True


_ERROR_TEXT = {  # facts-specific wording; everything else is pydantic_messages.error_text
    "extra_forbidden": "未知字段（请检查拼写；可用 draftcheck facts init 查看示例）",
    "list_type": "应为列表（每项以 - 开头）",
    "dict_type": "应为键值映射",
    "model_type": "应为键值映射",
    "string_type": "应为文字",
}


_FIELD_HINTS = {
    "period.kind": "；截至几月的可直接写 1-9月、1—9月、1～9月、前三季度、一季度，全年也可写 全年",
}
_YAML_TYPES = {"list": "列表", "str": "一段文字", "int": "数字", "float": "数字", "Decimal": "数字", "NoneType": "空内容",
               "bool": "true/false"}


def _describe_error(name: str, root: yaml.Node | None, err: dict) -> str:
    loc = tuple(p for p in err.get("loc", ()) if not (isinstance(p, str) and p.startswith(("function-", "str", "date"))))
    node, complete = _node_at(root, loc)
    line = line_of(root, loc)
    kind = err.get("type", "")
    text = _ERROR_TEXT.get(kind) or error_text(err)
    text += _FIELD_HINTS.get(field_path(loc), "")
    if kind not in ("missing", "extra_forbidden") and complete and isinstance(node, yaml.ScalarNode):
        text += f"（当前为 “{node.value}”）"
    return f"{name}:{line}: {field_path(loc)}: {text}"
