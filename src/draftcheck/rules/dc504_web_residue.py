"""Text scraped from a web page, not the report: 当前位置, 推荐访问, 来源：网友投稿, URLs, page numbers.

## What it does
Flags the page furniture that comes along when a report is copied from a web site:

- navigation and tools: breadcrumbs (``当前位置：首页 > 工作总结 >``), ``推荐访问``, ``本文来源``,
  ``来源：网友投稿``, ``【字号：加大 还原 减小】``, ``打印本页``, ``关闭窗口``, ``分享到``, ``上一篇/下一篇``,
  ``发布时间：2022-05-24 12:03 阅读数：1``, URLs, copyright and licence footers;
- lists of other articles: the heading (``热门排行``, ``相关文章``, ``相关报道``) and each title under it
  (``第一书记驻村工作总结(12篇)``, ``…经典范本6篇【优秀范文】``);
- page numbers left inside the text: markers ``N、`` that count 1, 2, 3 … through the document at page
  breaks, cutting sentences or words (``已完成万美元⏎2、，估量到年底``, ``修建⏎2、性详细规划``),
  and a stray page number at the very end (``加大调整力度。 8``).

Inside a line of body text only the residue itself is flagged: a bracketed source attribution
(``（来源：临江新闻网）``, ``（记者 王晓 通讯员 李强）``, ``（编辑：王丽 审核：李强）``), a breadcrumb before the
first sentence (``当前位置：首页 > 政务公开 > 工作总结 全年…``), page furniture between two words
(``同比 第3页 共12页 增长``, ``新建 - 5 - 道路``, ``—6—``), a share bar or toolbar after the last sentence
(``分享到：微信 微博 QQ空间``, ``【打印本页】``) and stamps such as ``浏览次数：2317``.

The boilerplate of essay and document sites (范文网, 文库) that reposted the report is flagged as a
whole sentence wherever it stands: the site speaking of itself or its users (``以下是小编为大家整理的…，
希望对大家有所帮助``, ``本文来源于网友上传，不代表本站观点``), its paywall and login (``试读已结束，如需继续阅读，
敬请充值下载``, ``全文共3958字，仅供站内会员学习参考``, ``【点此注册】``, a login form), its download notices
(``下载前请仔细阅读文档内容``, ``由会员分享，可在线阅读``), a file name (``….docx``) and its metadata lines
(``页数：6页``, ``格式：DOCX``), a site name (``办公文档之家``, ``欢迎来到…网``), ``篇一：`` before a
compiled copy, ``京公网安备``, a time stamped to the second (``2020-10-02 12:47:21``), a run of titles
without punctuation (a keyword list), a title pasted as a sentence between two sentences
(``…85.7公里。公路局办公室工作总结。全年…``), and markdown left by a converter (``![]() |``, ``````).

Words a report uses of itself are not enough on their own: 付费 (按病种付费), 侵权 (打击侵权假冒),
会员 and 注册 (商会会员, 注册登录系统), 文库, 职工之家, 本站 (a monitoring station), a time to the minute
(9:00), a sentence naming a title with its verb (``现将2024年工作总结如下``, ``省长作政府工作报告``).

Real numbered lists (``主要做了以下工作：1、…；2、…``) are not page numbers: their items follow a colon,
a semicolon or a finished sentence. Single words such as 下载, 打印 or 来源：… are flagged only beside
other page furniture, so a report's own 资料来源 line is left alone.

Fix: residue that fills whole lines of its own has a safe fix deleting those lines (``lint --fix``);
residue inside a line of report text is left to a person.

Also (issue 7): a page's call to its reader glued to the end of a sentence of report text, opening a
sentence of its own (``…6家。点击查看更多>>``, ``…86%。推荐访问：…范文``, ``。扫码关注公众号，免费获取更多精品范文！``),
flagged from the call to the end of that sentence or line; the call must be followed by a mark, an arrow, the line
end or another call, so a report's own sentence (``扫码即可办理``, ``关注公众号的市民达到12万人``) is not flagged.
A site's credit line (``本文由第一范文网整理，仅供参考``) is flagged as a sentence of its own.

Also (issue 7, sixth round): a reposting site's disclaimer wherever it stands (``文章来源于网络，如有侵权请联系删除``,
``仅代表作者观点，不代表本网立场``, ``扫一扫在手机上查看当前页面``); a page's field labels, two or more of 发布时间/日期/
来源/作者/编辑/审核/点击/浏览/字号/打印/收藏/纠错 on a short line without a full stop (``发布时间：2026-01-12 09:30
来源：县发展改革委　【我要纠错】``) or in one bracket (``（来源：县政府办　作者：李明）``); a toolbar button in brackets
(``【我要纠错】``, ``【关闭窗口】``); a toolbar word on a line of its own (``分享：``). One label alone
(``资料来源：县统计局``), a meeting's 时间/地点 lines and 打击侵权假冒 stay clean.

Also (seventh round): a page's counters wherever they stand in a line (``阅读(1.2W)`` after a title, ``浏览：3562``,
``点赞 1.5k``, ``8692次阅读`` set off by spaces): a counter word with its number in brackets, after a colon, or with a W/k
suffix; a report's own figures keep their verb and measure (``阅读量累计12.6万次``, ``累计2.1万次浏览``). A call to the
reader (关注…公众号, 扫码, 扫描二维码, 点击下方…) in one sentence with a site's promise (更多…范文/资料/模板, 免费下载, 下载完整版)
anywhere in a paragraph (``关注微信公众号“公文范文库”，获取更多总结范文。``); not a report asking people to follow its own
account (``引导群众关注“平安临江”公众号，获取更多政策信息``). The name of a 范文/文秘/写作 site inside a paragraph (``第一范文网``,
``公文范文库``; not 公文交换系统, 公文网建设管理), a copyright line glued to text (``版权所有 © 2024 …``, ``Copyright``), and an
article-list heading glued after a sentence (``。相关文章：…``, ``。热门推荐：…``).

Also (issue 7, textfamilies): a preview's expander glued to the end of a line of text (``…恢复偏慢……展开阅读全文 ∨``,
``…继续阅读>>``; not ``认真阅读全文，逐条对照`` inside a sentence); two or more of a page's field labels with their values
set apart only by spaces inside a line (``信息来源：县人社局 责任编辑：王芳``; one label alone, ``资料来源：县统计局``, is the
report's own); pieces of residue set apart only by spaces are reported as one finding; a reposting site's
copyright and takedown notice (``文章转载自：…，如涉及版权请联系删除``), its note on generated or editable text
(``以上内容由AI智能生成``, ``本文档可编辑，欢迎下载``), its reading time (``本文共计3200字，阅读需要8分钟``), a photo
credit or caption (``图片来源：网络``, ``▲图为…``), and, opening a sentence after report text, a news page's related
links, tag line and way back (``相关新闻：…``, ``Tags：…``, ``点击阅读原文``, ``返回搜狐，查看更多``). Not flagged: 标签化管理,
关键词检索, 相关新闻报道 inside a report's own sentence.

Also (lead, ninth session): a page number spaced inside its dashes glued after a word, whatever follows it
(``农村公路建设— 3 —46.2公里``; a range or a date never spaces its number inside the dashes: ``2024—2026年``); a preview
button or pager opening a sentence right after report text (``。展开全文 推荐阅读：…``, ``。点击下一页``); a reposting site's
pager note (``本文共3页``, ``点击下一页继续阅读``).

## Why is this bad?
None of it belongs to the report. A page number inside a sentence also corrupts the text around it
(``2、性详细规划`` hides the word 修建性详细规划) and is easily mistaken for the report's own numbering.

## Example
```text
当前位置: 语海文秘网 > 工作总结 >
…6月完成管理中心大楼和广场修建
2、性详细规划。
推荐访问:管委会 工作总结
```
Flagged: the breadcrumb line, ``2、``, the 推荐访问 line.

## Use instead
```text
…6月完成管理中心大楼和广场修建性详细规划。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from draftcheck.finding import Edit, Finding, Fix, Severity, Span
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.text.windowed_scan import finditer_located

# Phrases that only page furniture contains; a line holding one is residue (or the phrase itself,
# when it sits inside a long paragraph).
_STRONG = re.compile(
    r"当前位置|您的位置|您现在的位置|现在位置|推荐访问|内容预览|手机版|我要投稿|会员信息|本文来源|来源[:\s]*(?:网友投稿|网络|互联网|本站)|网友投稿|"
    r"热门排行|热门文章|热门推荐|相关文章|相关阅读|相关推荐|相关报道[:]|相关文档[:]|猜你喜欢|精彩推荐|"
    r"上一篇[:]|下一篇[:]|阅读数[:]|阅读量[:]|浏览次数|点击数[:]|【字号|【字体|分享到(?:\s*[:]|\s*(?:微信|微博|QQ|朋友圈)|\s*$)|扫一扫在手机打开|"
    r"打印本页|关闭窗口|返回顶部|版权所有|ICP备|免责声明|责任编辑[:]|点击图片进入专题|【优秀范文】|相关(?:附件|链接)>>|"
    r"文章来源[:]|转载请注明|原文链接|展开全文|阅读全文|查看全文|全文阅读|下载文档|文档下载|下载word|"
    r"此文档下载收益|微信扫一扫|扫码关注|关注公众号|点击查看更多|延伸阅读|大家都在看|为你推荐|相关范文|推荐文章|"
    r"第\s*\d+\s*页\s*[/,]\s*共\s*\d+\s*页|公网安备|更多内容请关注|"
    r"^(?:标签|栏目|Tags?|导语|摘要)\s*[:]\s*\S|^篇[一二三四五六七八九十\d]{1,3}\s*[:]|"
    r"^[-•·*]?\s*(?:文件|文档)?(?:页数|格式|大小|ID|文章大小|字数|编号|上传时间|上传日期)\s*[:]\s*(?:\d|DOCX?|PDF|PPTX?|TXT)|"
    r"(?:文档|范文|文秘|公文|作文|秘书|文章)(?:之家|文库|网)|欢迎(?:来到|访问|光临)[^,。!]{1,16}(?:网|站)|"
    r"[(【](?:精选文档|全文完整|优秀范文|通用\d*篇|精选\d*篇)[)】]"
)
# Inline residue inside a paragraph: a URL, a publication stamp with its view count.
_INLINE = re.compile(
    r"https?://[\w\-./?%&=#:~+]+|www\.[\w\-]+\.[\w\-./?%&=#~+]+|"
    r"发布时间[:]\s*\d{4}-\d{1,2}-\d{1,4}[\d:\s]*(?:阅读数[:]\s*\d+)?|【优秀范文】|"

    r"\((?:精选文档|全文完整)[)】]|【(?:精选文档|全文完整)[)】]|"
    # a wiki's licence footer: 本作品是中华人民共和国的法律…属于公有领域。Public domain
    r"本作品(?:是|在)[\s\S]{0,400}?公有领域\s*。(?:\s*注:[\s\S]{0,120}?。)?(?:\s*Public domain)*(?:\s*(?:false|true)\b)*"
)
# Residue glued to the body text of a line (the line itself is a paragraph): only the residue is
# flagged. Each pattern holds a phrase no report uses for itself, with the value it labels.
_MEDIA = (
    r"[^\s()\[\]【】,;:。!?“”]{0,16}?(?:新闻网|网站|官网|门户网|在线|网|日报|晚报|时报|早报|商报|都市报|报社|客户端|"
    r"电视台|广播电视台|融媒体中心|融媒|新闻中心|公众号|头条号|头条|新华社|通讯社|发布)"
)
# 来源：<a news site or paper>; see _source_attributions for where it counts as residue.
_SOURCE_LABEL = re.compile(r"来源\s*[:]\s*" + _MEDIA + r"(?P<close>[^()\[\]【】\n]{0,8}?\s*[)\]】])?")
_SOURCE_PREFIXES = ("文章", "稿件", "信息", "新闻", "消息")
_PLATFORM = r"(?:微信好友|微信朋友圈|朋友圈|微信|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|人人网|复制链接|更多)"
# Each entry: words one of which the text must hold (a cheap test that skips the pattern on most
# documents), the pattern, and what the residue is.
_PAGE_NUMBER_IN_TEXT = "是页眉页脚中的页码，插在正文中间"
_EXPANDER = re.compile(
    r"(?:…{1,2}|\.{3,6})?(?:展开(?:阅读)?全文|阅读全文|查看全文|全文阅读|继续阅读|点击展开|展开剩余\s*\d{1,3}\s*%)"
    r"[ \t\u3000]*[∨﹀⌄vV>»›↓▼]*[ \t\u3000]*$",
    re.M,
)
_INLINE_FURNITURE: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    # （记者 王晓 通讯员 李强）
    (
        ("记者", "通讯员"),
        re.compile(r"[(【]\s*(?:本报|本台|本网)?(?:记者|通讯员)[\s:]+[\u4e00-\u9fff]{2,4}"
                   r"(?:[\s,、]+(?:(?:记者|通讯员)[\s:]+)?[\u4e00-\u9fff]{2,4})*\s*[)】]"),
        "是新闻稿的记者署名",
    ),
    # （编辑：王丽 审核：李强）
    (
        ("编辑", "责编", "审核", "校对"),
        re.compile(r"[(【]\s*(?:(?:责任编辑|编辑|责编|审核|校对|终审)\s*[:]\s*[\u4e00-\u9fff]{2,4}[\s,、|]*)+[)】]"),
        "是网页的编辑署名",
    ),
    # 当前位置：首页 > 政务公开 > 工作总结 (body text may follow on the same line)
    (
        (">", "»", "›"),
        re.compile(
            r"(?:当前位置|您的位置|您现在的位置|您所在的位置|所在位置)[ \t\u3000]*[:]?[ \t\u3000]*(?:[^\s>»›。,;:]{1,12}[ \t\u3000]*[>»›]+[ \t\u3000]*)+"
            r"(?:[^\s>»›。,;:]{1,12}(?=[ \t\u3000]|$))?"
            r"|首页[ \t\u3000]*[>»›]+[ \t\u3000]*(?:[^\s>»›。,;:]{1,12}[ \t\u3000]*[>»›]+[ \t\u3000]*)*(?:[^\s>»›。,;:]{1,12}(?=[ \t\u3000]|$))?",
            re.M,
        ),
        "是网页导航（面包屑）",
    ),
    # 第3页 共12页, 第3页/共12页, 共12页 第3页, Page 3 of 12
    (
        ("页",),
        re.compile(r"第\s*\d{1,3}\s*页\s*[/,、]?\s*共\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页\s*/?\s*第\s*\d{1,3}\s*页"),
        _PAGE_NUMBER_IN_TEXT,
    ),
    (("age",), re.compile(r"\b[Pp]age\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\b"), _PAGE_NUMBER_IN_TEXT),
    # a lone 第 3 页 set off by spaces between two words (见第3页 is a cross-reference, not furniture)
    (
        ("页",),
        re.compile(r"第(?:(?<=[^\s见][ \t\u3000]第)|(?<=[^\s见][ \t\u3000]{2}第))\s*\d{1,3}\s*页(?=[ \t\u3000]+[\u4e00-\u9fff\d])"),
        _PAGE_NUMBER_IN_TEXT,
    ),
    # - 3 - / —3— between two words, glued or set off by spaces (2024-3-15 is a date: digits
    # stand next to it). The match starts with the dash, the lookbehinds then test what precedes it.
    (
        ("-", "—", "－"),
        re.compile(
            r"[\-—－](?:(?<=[^\s\d\-—.－][\-—－])|(?<=\S[ \t\u3000][\-—－])|(?<=\S[ \t\u3000]{2}[\-—－]))"
            r"(?:(?<=-)[ \t]+\d{1,3}[ \t]+-|(?<=[—－])[—－]?[ \t]*\d{1,3}[ \t]*[—－]{1,2})(?=[^\s\d\-—.%－]|[ \t\u3000]+\S)"
            # －3－ (folded to -3-) glued between two Han characters
            r"|-(?<=[\u4e00-\u9fff]-)\d{1,3}-(?=[\u4e00-\u9fff])"
            # (lead, ninth session) — 3 — with spaces inside its dashes glued after a Han character, whatever follows
            # (…农村公路建设— 3 —46.2公里: a range or a date never spaces its number inside the dashes)
            r"|—(?<=[\u4e00-\u9fff]—)[ \t\u3000]+\d{1,3}[ \t\u3000]+—"
        ),
        _PAGE_NUMBER_IN_TEXT,
    ),
    # a preview's expander glued to the end of a line of text (…恢复偏慢……展开阅读全文 ∨ / …。继续阅读>>)
    (("全文", "继续阅读", "点击展开", "展开剩余"), _EXPANDER, "是网页预览的“展开全文”按钮，粘在正文末尾"),
    # 分享到：微信 微博 QQ空间
    (
        ("分享",),
        re.compile(
            r"分享[到至]?\s*[:]\s*(?:" + _PLATFORM + r"[\s,、|]*)+|分享到\s*" + _PLATFORM + r"(?:[\s,、|]+" + _PLATFORM + r")+"
            r"|分享到\s*[:](?=\s*$)",
            re.M,
        ),
        "是网页的分享工具栏",
    ),
    # 【打印本页】【关闭窗口】, 扫一扫在手机打开当前页, 返回顶部, 字号：大 中 小
    (
        ("打印", "关闭", "返回顶部", "收藏"),
        re.compile(r"[【\[](?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|加入收藏|收藏本页|打印|关闭)[】\]]"),
        "是网页的工具栏",
    ),
    (
        ("打印本页", "打印此页", "返回顶部", "扫一扫在手机"),
        re.compile(r"打印本页|打印此页|扫一扫在手机(?:上)?打开(?:当前页|本页)?|返回顶部"),
        "是网页的工具栏",
    ),
    (
        ("字号", "字体"),
        re.compile(r"(?:【字[号体]|字[号体])\s*[:]\s*(?:(?:[大中小]|加大|还原|减小|默认|标准)\s*){2,}】?"),
        "是网页的工具栏",
    ),
    # labels of a page's header or footer with their values: 发布日期：2024-01-05 浏览次数：1203 责任编辑：李莎
    (
        ("时间:", "日期:", "时间 :", "日期 :"),
        re.compile(r"(?:发布|发表|更新|信息)(?:时间|日期)\s*[:]\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"),
        "是网页的发布信息",
    ),
    (
        ("次数", "数:", "量:", "数 :", "量 :"),
        re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|数|量)\s*[:]\s*(?:\d+次?(?![\d.万亿人%])|(?=\s*$))|选择阅读字号\s*[:]\s*\[\s*\]", re.M),
        "是网页的浏览计数",
    ),
    (
        ("责任编辑", "上一篇", "下一篇", "转载请注明", "原文链接", "本文来源"),
        re.compile(
            r"责任编辑\s*[:]\s*[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])"
            r"|(?:上一篇|下一篇)\s*[:][^\n]{0,50}"
            r"|转载请注明(?:出处|来源)?|原文链接\s*[:]|本文来源\s*[:]?[^\s,。;]{0,20}"
        ),
        "是网页的编辑署名或上下篇链接",
    ),
)
# A pattern of _INLINE_FURNITURE led by an optional group, which the regex engine tries at every position: it is tried
# only where its locator (led by a class of the characters a match can start with) matches. The same matches.
_LOCATORS = {_EXPANDER: re.compile(r"[….展阅查全继点]")}
# What an essay or document site (范文网, 文库) says about itself, its users and its downloads, inside
# a sentence of its own: 以下是小编为大家整理的…, 本文档由用户上传…, 试读已结束，如需继续阅读…
# The whole sentence around the phrase is the residue. (Single words a report also uses, such as 下载,
# 会员, 注册, 付费, 侵权, are not enough: each phrase here names the site, its users or its paywall.)
_SITE_NOTICE = re.compile(
    # (every branch opens with a literal, so the regex engine skips to their first characters; 加入会员 is left
    # out: it never matched, 加 not being among the first characters a former leading lookahead allowed)
    r"(?:小编|网友上传|用户上传|会员分享|由会员|站内会员|本站(?:观点|投诉|会员|客服|搜索|整理|收集|所有|提供|免费)"
    r"|不代表本站|联系客服|咨询客服|网站客服|客服(?:老师|处理|QQ)|试读已结束|如需继续阅读|充值下载|敬请充值|阅读全部图文"
    r"|查阅文章|打开全文|全文共\s*\d+\s*字|本文共\s*\d+\s*页|点击下一页|下一页继续阅读|下载前请|下载后无此问题|放心下载|无法下载|下载错误|成功下载|下载收益"
    r"|点券|珍藏版|可在线阅读|请在[^,。\n]{1,10}上搜索|更多相关《|分享赚钱|版权归属用户|版权归原作者|写作神器"
    r"|立即(?:了解|下载)|免费下载|点击下载|需要先登录|请先登录|登录网站|点此注册|刷新页面|整理代?发布|仅供站内"
    r"|本文档共\s*\d+\s*页|VIP(?:文档|会员)|点此查看|不能全部显示|仅部分预览|在线预览|人工客服"
    r"|本文(?:由|来自|选自|摘自|转自|转载自)[^,，。\n]{0,16}(?:网|站|整理|提供|发布|收集|上传)"
    r"|希望(?:对(?:大家|您|你)有所帮助|为(?:大家|您|你)带来帮助)|欢迎(?:参考|借鉴)[。!]|更多范文|更多精彩内容|\.(?:docx?|pdf|pptx?)(?![a-z])|\[VIP\]|下载文档前"
    r"|【[^【】\n]{0,10}(?:注册|登录|刷新|下载|充值|投稿|点券|查看全文|奖励)[^【】\n]{0,10}】"
    # a reposting site's disclaimer (issue 7, sixth round): 文章来源于网络，如有侵权请联系删除 / 不代表本网立场
    r"|来源于网络|来源于互联网|来自网络|来自互联网|转载自网络|转载自互联网|如有侵权|侵权(?:请)?(?:联系|告知|必删)|侵删"
    r"|代表本(?:网|站|平台|号)|代表作者|手机上?(?:查看|打开|阅读|浏览)(?:当前|本)?页)"
)
# (issue 7, textfamilies) a reposting site's copyright and takedown notice, its note on generated or editable text,
# its reading-time line, a photo credit or caption: 如涉及版权请联系删除 / 以上内容由AI智能生成 / 本文档可编辑 /
# 本文共计3200字，阅读需要8分钟 / 图片来源：网络 / ▲图为…. Read only in a text holding one of _REPOST_NOTICE_WORDS
# (every match holds one), each branch led by a literal.
_REPOST_NOTICE = re.compile(
    r"涉及版权|版权问题|联系(?:我们|本站|小编|作者)?删除|转载自"
    r"|AI(?:智能|人工智能)?(?:生成|创作|辅助生成)|本文档可编辑|编辑修改(?<=可编辑修改)"
    r"|欢迎下载|文共(?:计)?\s*\d+\s*字|阅读(?:需要|大约需要|约需|时长|时间)(?:约|大约)?\s*\d+\s*分钟"
    r"|图片(?:来源[:：]|(?:来自|源自)网络)|▲\s*图(?:为|片|示)|△\s*图(?:为|片|示)"
)
_REPOST_NOTICE_WORDS = ("版权", "删除", "转载自", "AI", "可编辑", "欢迎下载", "文共", "阅读", "图片", "▲", "△")
# Page furniture glued to the end of a sentence of report text (…新增省级旅游民宿6家。点击查看更多>>,
# …达到86%。推荐访问：2024年…范文, …6个。扫码关注公众号，免费获取更多精品范文！): a phrase a page says to
# its reader, opening a sentence of its own. Flagged from the phrase to the end of that sentence or line.
# (A report may mention 扫码 or 公众号 inside its own sentence: 群众扫码即可办理; only a sentence that
# opens with the call to the reader counts.)
_GLUED_FURNITURE = re.compile(
    r"[。！？!?；;][ \t\u3000]*(?P<phrase>展开(?:阅读)?全文|阅读全文|查看全文|点击下一页|推荐访问|推荐阅读|相关推荐|相关文章|相关阅读|相关范文|推荐文章|热门文章|热门推荐|精彩推荐|最新文章|猜你喜欢|延伸阅读|大家都在看|为你推荐|"
    # (issue 7, textfamilies) a news page's related links, its tag line, its way back, a photo caption
    r"相关新闻|相关资讯|相关链接|往期回顾|往期推荐|点击阅读原文|阅读原文|标签|Tags?|关键词|返回搜狐|"
    r"点击(?:查看|阅读|进入|这里|此处)|查看更多|阅读更多|更多(?:精彩|相关|精品|优秀)?(?:范文|内容|文章)|"
    r"(?:扫码|扫一扫|长按(?:识别)?二维码)(?:关注|下载|获取|阅读)|关注(?:我们|本站|微信)?公众号|"
    r"(?:免费)?(?:获取|下载)更多|返回(?:首页|列表|目录)|上一篇|下一篇|欢迎关注|敬请关注|更多精彩)"
    # what a page's call is followed by: a mark, an arrow, the end, or the next call (免费获取…)
    r"(?=[ \t\u3000]*(?:[,，:：!！>》»…|\n]|$|免费|获取|下载|阅读|查看|了解|更多|推荐|相关|热门|猜你|继续|[\u4e00-\u9fff]{0,12}(?:范文|公众号)))"
)
_GLUED_REACH = 60
# A page's counters, wherever they stand in a line (issue 7, seventh round): 阅读(1.2W), 浏览：3562, 点赞 26k,
# (1.2w阅读). A counter word with its number in brackets, after a colon, or with a W/k suffix no report writes;
# a number with its counter word after it only set off by spaces or brackets. (A report's own figures are
# written with their verb and measure: 阅读量达到38.6万次, 累计2.1万次浏览, 收藏文物1200件.)
_COUNTER_WORD = r"(?:阅读|浏览|点击|点赞|收藏|评论|转发|分享|下载|访问|热度|人气|围观|在看)"
_COUNTER_HINT = re.compile(r"阅读|浏览|点击|点赞|收藏|评论|转发|分享|下载|访问|热度|人气|围观|在看")
_COUNTER = re.compile(
    _COUNTER_WORD + r"(?:量|数|次数|人数)?"
    r"(?:\s*\(\s*\d+(?:\.\d+)?\s*(?:[WwKk]|万|千)?\+?\s*(?:次)?\s*\)"
    r"|\s*:\s*\d+(?:\.\d+)?(?:\s*(?:[WwKk](?![A-Za-z])|万\+?)|\+)?(?![\d.%‰\u4e00-\u9fff])"
    r"|[ \t\u3000]*\d+(?:\.\d+)?[WwKk]\+?(?![A-Za-z]))"
)
# The count written before its word (1.2w阅读), set off by a space, a bracket or the line start before it and after it.
_COUNT_BEFORE = re.compile(r"(?:^|(?<=[ \t\u3000(|]))\d+(?:\.\d+)?\s*(?:[WwKk]|万)?\+?\s*(?:次|人)?$", re.M)
_COUNT_AFTER = re.compile(r"(?=[ \t\u3000)|]|$)", re.M)
# A page's call to its reader with the promise of more content, as a sentence of its own anywhere in a paragraph
# (关注微信公众号“公文范文库”，获取更多总结范文 / 扫码下载完整版 / 点击下方链接免费领取): the call and the promise in one
# sentence. (A report's own sentence may ask people to follow an account, 引导群众关注“平安XX”公众号, or speak of
# getting more information, 获取更多政策信息: only a call with a site's promise of 范文, 资料, 模板 … counts.)
_READER_CALL = re.compile(
    r"关注[^。!?！？\n]{0,6}?(?:公众号|微信号|头条号|抖音号|视频号|账号|本站|本号|我们)|扫码|扫描[^。!?！？\n]{0,4}二维码|扫一扫"
    r"|长按(?:识别)?二维码|点击(?:下方|上方|这里|此处|链接|关注|收藏|下载|阅读原文|蓝字)|收藏本站|私信|回复关键[词字]|添加(?:小编|客服)"
)
_SITE_PROMISE = re.compile(
    r"更多[\u4e00-\u9fff]{0,4}?(?:范文|资料|模板|干货|素材|文章|精品|材料|文档|公文|总结|好文)|免费(?:下载|获取|领取|阅读|查看)"
    r"|下载(?:全文|完整版?|word|文档|本文|原文)|范文|文库|写作素材|模板|干货"
)
# The name of an essay or document site inside a paragraph: 公文范文库, 第一范文网, 文秘写作网, 百度文库.
# (led by the literals, which the regex engine scans for; the name's own words before them stay in the sentence flagged)
# (every branch opens with a literal, so the regex engine skips to their first characters; a group opening the pattern
# would have it try every position)
_SITE_NAME_END = r"(?:网|库|站|大全|之家|吧|宝)(?![\u4e00-\u9fff]{0,2}(?:建设|管理|系统|平台))"
_SITE_NAME = re.compile(
    "|".join(word + _SITE_NAME_END for word in ("范文", "文秘", "写作", "公文"))
    + "|百度文库|道客文库|豆丁文库|原创文库|范文文库"
)
_SITE_NAME_WORDS = ("范文", "文秘", "写作", "公文", "文库")
_COPYRIGHT_WORDS = ("版权所有", "©", "opyright", "ights", "(c)")
# A copyright line glued to report text: 版权所有 © 2024, Copyright ©, All rights reserved.
_COPYRIGHT = re.compile(r"(?:版权所有(?=\s*(?:[©:(]|\d{4}|$))|©|\bCopyright\b|\bAll [Rr]ights [Rr]eserved\b|\(c\)\s*\d{4})", re.M)
# A time stamped to the second (2020-10-02 12:47:21) is a page's, never a report's; its label
# (时间：, 发布时间：) goes with it.
# (found from its seconds, which start with a literal the engine scans for quickly, then read backwards)
_TIMESTAMP_SECONDS = re.compile(r":\d{2}:\d{2}(?!\d)")
_TIMESTAMP_HEAD = re.compile(r"(?<![\d.])(?:\d{4}-)?\d{1,2}-\d{1,2}\s{0,3}\d{1,2}$")
_TIMESTAMP_LABEL = re.compile(r"(?:(?:发布|发表|更新)?时间)\s*[:]\s*$")
# A site's marker for the text it hides: ……此处隐藏28337个字…… (the dots around it go with it).
_HIDDEN_TEXT = re.compile(r"此处隐藏[ \t]{0,3}\d+[ \t]{0,3}个?字")
_SENTENCE_STOP = "。!?\n"
_MAX_NOTICE_REACH = 120  # characters a notice sentence reaches either side of its phrase
# Several titles run together without punctuation: a site's keyword list (…工作总结及2024年工作安排
# 经济开发区2023年工作总结和2024年工作思路…). A report's own sentences carry marks between them.
_UNPUNCTUATED_RUN = re.compile(r"[^\s,，。;；:：!?！？、()（）《》“”\"]+")
_MIN_RUN = 40
_RUN_BREAK = re.compile(r"[\s,，。;；:：!?！？、()（）《》“”\"]")
_MAX_TITLES_SPAN = 120
_TITLE_WORD = re.compile(r"工作(?:总结|计划|思路|安排|报告|汇报|要点)|述职报告|范文")
_MIN_TITLES_IN_RUN = 3
# A title pasted as a sentence of its own into a paragraph: 建设里程85.7公里。公路局办公室工作总结。全年…
_GLUED_TITLE = re.compile(
    r"[。!?][ \t]{0,3}(?P<title>[\u4e00-\u9fff\d]{2,20}?(?:工作总结|工作报告|工作汇报|工作计划|述职报告))[。](?=[ \t]*\S)"
)
_GLUED_TITLE_END = re.compile(r"(?:工作总结|工作报告|工作汇报|工作计划|述职报告)。")  # (in every match of _GLUED_TITLE)
_TITLE_VERB = re.compile(r"如下|现将|将|是|做|写|向|把|按|以|为|在|对|和|与|作(?=\S*工作)")
# Markdown left by a converter: a line of backticks, an empty image ![]() with a table bar.
_MARKUP_LINE = re.compile(r"`{2,}|!\[[^\]\n]{0,40}\]\([^)\n]{0,200}\)[\s|]*|\|")
_MARKUP_LINE_FIRST = "`!|"  # (the characters a line it matches whole starts with)
# Lines that are page furniture only when other furniture stands next to them.
_WEAK_LINE = re.compile(
    r"(?:下载|打印|全屏|收藏|加大|还原|减小|大|中|小|【|】|分享|分享:|首页|[>»›|]|×|【字号:|【字体:|"
    r"用户名:|密\s*码:|验证码:|注册|登录|找回密码|编辑:.{1,12}|作者:.{1,12}|[|]?\s*来源:.{0,20}|(?:发表|发布)?时间:\s*(?:\d{4}-\d{1,2}-\d{1,2}.*)?|"
    r"\d{4}-\d{2}-\d{2}\s*\d{2}:\d{2}(?::\d{2})?|\d{4}年\d{1,2}月\d{1,2}日\s*\d{2}[:时]\d{2}分?|阅读量:)"
)
# The title of another article in a site's list: ends with (12篇), 6篇, 三篇, 【优秀范文】 …
_ARTICLE_TITLE = re.compile(
    r".{2,40}?(?:[(]\s*(?:[一二三四五六七八九十]+|十?\d+)\s*篇[)]|\d+篇|[两三四五六七八九十]篇|"
    r"范文|范文大全|范例|模板|合集|[(【](?:通用|精选|优选|热门|最新)\d*篇?[)】])"
    r"(?:[(【][^()【】]{2,8}[)】])*"
)
# Headings under which a site lists other articles.
# A page footer kept by a PDF or print conversion: —3—, - 12 -, 第2页/共5页
_PAGE_FOOTER = re.compile(r"[-—－]{1,2}\s*\d{1,3}\s*[-—－]{1,2}|第\s*\d+\s*页\s*(?:[/,、]?\s*共\s*\d+\s*页)?")
_PAGE_FOOTER_FIRST = "-—－第"  # (the characters a line it matches whole starts with: the others are not tried)
_LIST_HEADING = re.compile(
    r"热门排行|热门文章|热门推荐|相关文章|相关阅读|相关推荐|猜你喜欢|精彩推荐|最新文章|相关报道[:]?|延伸阅读|"
    r"大家都在看|为你推荐|相关范文|推荐文章"
)
_SENTENCE_END = set("。！？!?；;:…")
_DIGITS = set("0123456789")
# (The leading lookahead names the characters a match can start with, so the regex engine skips
# every other position quickly; the matches are the same.)
_PAGE_MARKER = re.compile(r"(\d(?<![\d.\w]\d)\d{0,2})、")
_TRAILING_PAGE_NUMBER = re.compile(r"(?<=[。！？!?”\"])[ \t\u3000]*\n*[ \t\u3000]*(\d{1,3})\s*\Z")
_MAX_FURNITURE_LINE = 80  # a longer line is a paragraph; only its inline residue is flagged
_MAX_TITLE_LINE = 50
_MIN_PAGE = 50  # characters between two page markers: a page holds at least a paragraph


_ONLY_SPACES = re.compile(r"[ \t\u3000\xa0]*")

# The words that gate scans of the whole text (the triggers of _INLINE_FURNITURE, _REPOST_NOTICE_WORDS, _SITE_NAME_WORDS,
# _COPYRIGHT_WORDS) are looked up with one scan of the text (``_gate_words_in``), not one ``in`` a word (64 scans).
_GATE_WORDS = tuple(
    sorted(
        {word for triggers, _, _ in _INLINE_FURNITURE for word in triggers}
        | set(_REPOST_NOTICE_WORDS) | set(_SITE_NAME_WORDS) | set(_COPYRIGHT_WORDS),
        key=lambda word: (-len(word), word),
    )
)
_GATE_SCAN = re.compile("|".join(map(re.escape, _GATE_WORDS)))  # (the longest first: see _gate_words_in)
_GATE_PREFIXES = {word: frozenset(other for other in _GATE_WORDS if word.startswith(other)) for word in _GATE_WORDS}


def _gate_words_in(text: str) -> set[str]:
    """``{word for word in _GATE_WORDS if word in text}``, from one scan. Where the scan matches, it matches the longest
    word starting there (the alternatives go longest first), which starts with every other word starting there; the
    places inside a match, which the scan passes over, are matched one by one."""
    present: set[str] = set()
    for m in _GATE_SCAN.finditer(text):
        present |= _GATE_PREFIXES[m.group()]
        for inside in range(m.start() + 1, m.end()):
            hidden = _GATE_SCAN.match(text, inside)
            if hidden is not None:
                present |= _GATE_PREFIXES[hidden.group()]
    return present


@dataclass(frozen=True)
class _Line:
    start: int  # of the stripped content
    end: int
    text: str


class WebResidue(Rule):
    code = "DC504"
    slug = "web-residue"
    family = "wording"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for start, end, what in residue_spans(ctx):
            quote = ctx.text[start:end]
            shown = quote if len(quote) <= 40 else quote[:38] + "…"
            yield self.finding(ctx, start, end, f"网页残留：“{shown}”{what}，不是报告正文；请删除", fix=_whole_line_deletion(ctx.text, start, end))


def residue_spans(ctx: CheckContext) -> list[tuple[int, int, str]]:
    """The web residue of the document as (start, end, what it is), by start, pieces set apart by spaces merged; computed
    once per document and shared (DC404 reads a paragraph's end before the residue glued to it)."""
    return ctx.shared("web_residue_spans", lambda ctx: _residue_spans(ctx.folded))


def _residue_spans(text: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    spans.extend(_furniture(text))
    spans.extend(_page_numbers(text))
    covered_to = -1  # spans come by start, the longest first: one inside an earlier one ends by here
    merged: list[list] = []
    for start, end, what in sorted(spans, key=lambda span: (span[0], -span[1])):
        if end <= covered_to:
            continue
        covered_to = end
        if merged and merged[-1][1] <= start and _ONLY_SPACES.fullmatch(text, merged[-1][1], start):
            merged[-1][1] = end  # 本文来源：区人社局 责任编辑：李明: pieces of one residue set apart by spaces are one finding
            continue
        merged.append([start, end, what])
    return [(start, end, what) for start, end, what in merged]


def _whole_line_deletion(text: str, start: int, end: int) -> Fix | None:
    """A safe fix deleting the residue with its line break when it fills its line(s); None when the line holds
    report text too (deleting part of a line is left to a person)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return None
    if line_end < len(text):
        cut = (line_start, line_end + 1)
    elif line_start > 0:
        cut = (line_start - 1, line_end)  # the last line: take the line break before it
    else:
        cut = (line_start, line_end)
    return Fix(applicability="safe", edits=[Edit(span=Span(start=cut[0], end=cut[1]), content="")])


def _lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            offset = pos + raw.index(stripped[0])
            lines.append(_Line(offset, offset + len(stripped), stripped))
        else:
            lines.append(_Line(pos, pos, ""))
        pos += len(raw) + 1
    return lines


def _furniture(text: str) -> Iterator[tuple[int, int, str]]:
    present = _gate_words_in(text)
    lines = _lines(text)
    kind: list[str | None] = [None] * len(lines)
    in_article_list = False
    for i, line in enumerate(lines):
        if not line.text:
            continue
        # furniture is short and holds no finished sentence; inside prose only the phrase is flagged
        short = len(line.text) <= _MAX_FURNITURE_LINE and "。" not in line.text
        if line.text[0] in _PAGE_FOOTER_FIRST and _PAGE_FOOTER.fullmatch(line.text):
            kind[i] = "footer"
        elif short and _STRONG.search(line.text):
            kind[i] = "strong"
            if _LIST_HEADING.search(line.text):
                in_article_list = True
        elif short and _WEAK_LINE.fullmatch(line.text):
            kind[i] = "weak"
        elif len(line.text) <= _MAX_TITLE_LINE and not _GLUED_FURNITURE.search(line.text) and (
            _ARTICLE_TITLE.fullmatch(line.text) or (in_article_list and line.text[-1] not in _SENTENCE_END)
        ):
            kind[i] = "title"
    # weak lines count only beside other furniture (the next or previous non-empty line)
    for i, k in enumerate(kind):
        if k == "weak" and not _has_furniture_neighbour(lines, kind, i):
            kind[i] = None
    # the value of an empty label (来源：⏎四川日报, 责任编辑：⏎李莎莎) and a short line between
    # two furniture lines (首页⏎>⏎政务信息⏎>) belong to the furniture too
    for i, line in enumerate(lines):
        if kind[i] is None and 0 < len(line.text) <= 8 and not set(line.text) & (_SENTENCE_END | _DIGITS):
            before, after = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
            label_before = before is not None and kind[before] and lines[before].text.endswith(":")
            between = before is not None and after is not None and kind[before] and kind[after]
            if label_before or between:
                kind[i] = "weak"
    i = 0
    while i < len(lines):
        if kind[i] in ("strong", "weak"):
            j = i
            # consecutive furniture lines (one line break apart) form one block
            while j + 1 < len(lines) and kind[j + 1] in ("strong", "weak"):
                j += 1
            yield lines[i].start, lines[j].end, "是网页导航、工具栏或来源信息"
            i = j + 1
            continue
        if kind[i] == "title":
            yield lines[i].start, lines[i].end, "是网站文章列表中的其他文章（标题或摘要）"
        elif kind[i] == "footer":
            yield lines[i].start, lines[i].end, "是页脚中的页码"
        i += 1
    for i, line in enumerate(lines):
        if line.text and kind[i] is None and line.text[0] in _MARKUP_LINE_FIRST and _MARKUP_LINE.fullmatch(line.text):
            yield line.start, line.end, "是网页转换留下的排版符号"
    for m in _INLINE.finditer(text):
        yield m.start(), m.end(), "是网页链接或发布信息"
    yield from _site_notices(text, present)
    yield from _glued_furniture(text)
    for m in _HIDDEN_TEXT.finditer(text):
        start, end = m.span()
        while start > 0 and m.start() - start < 8 and text[start - 1] == "…":
            start -= 1
        while end < len(text) and end - m.end() < 8 and text[end] == "…":
            end += 1
        yield start, end, "是转载网站隐去正文的标记"
    for m in _TIMESTAMP_SECONDS.finditer(text):
        head = _TIMESTAMP_HEAD.search(text, max(0, m.start() - 20), m.start())
        if head is None:
            continue
        label = _TIMESTAMP_LABEL.search(text, max(0, head.start() - 10), head.start())
        yield (label.start() if label else head.start()), m.end(), "是网页的发布信息"
    yield from _title_runs(text)
    yield from _source_attributions(text)
    for triggers, pattern, what in _INLINE_FURNITURE:
        if present.isdisjoint(triggers):
            continue
        locator = _LOCATORS.get(pattern)
        for m in pattern.finditer(text) if locator is None else finditer_located(pattern, locator, text):
            start, end = m.span()
            while end > start and text[end - 1] in " \t\u3000\r\n,、|":
                end -= 1
            while start < end and text[start] in " \t\u3000":
                start += 1
            yield start, end, what
    # (last: where an earlier finder flagged the same span, its message is kept)
    yield from _page_fields(text)
    yield from _field_runs(text)
    yield from _counters(text)
    yield from _reader_calls(text, present)


# Two or more of a page's field labels with their values, set apart only by spaces, inside a line of text (issue 7,
# textfamilies: …。信息来源：县人社局 责任编辑：王芳 …); one label alone may be the report's own (资料来源：县统计局).
# (Led by the label's last character, which the regex engine skips to; the label is matched back from there.)
_FIELD_NAME = r"(?:(?:信息|文章|稿件|本文)?来源|作者|(?:责任)?编辑|审核|发布(?:时间|日期))"
_FIELD_RUN = re.compile(
    # (led by the colon, which the regex engine skips to: 间 and 期 are too common to lead; the label is read behind it)
    r":(?:(?<=来源:|作者:|编辑:|审核:|时间:|日期:)|(?<=来源 :|作者 :|编辑 :|审核 :|时间 :|日期 :))\s*[^\s,，。;；:]{1,20}"
    rf"(?:[ \t\u3000]+{_FIELD_NAME}\s*:\s*[^\s,，。;；:]{{1,20}})+"
)
_FIELD_RUN_HEAD = re.compile(_FIELD_NAME[:-1] + r")$")


def _field_runs(text: str) -> Iterator[tuple[int, int, str]]:
    if ":" not in text:
        return
    for m in _FIELD_RUN.finditer(text):
        label_end = m.start() - (1 if text[m.start() - 1] == " " else 0)
        head = _FIELD_RUN_HEAD.search(text, max(0, label_end - 6), label_end)
        if head is not None:
            yield head.start(), m.end(), "是网页的来源、作者等发布信息"


# A page's field labels (issue 7, sixth round): 发布时间：…　来源：…　【我要纠错】, 字体：【大 中 小】 打印 收藏,
# （来源：县政府办　作者：李明）. Two of them on a short line without a full stop, or in one bracket, are the
# page's metadata; one alone may be a report's own (资料来源：县统计局).
_FIELD_LABEL = re.compile(
    r"(?:发布|发表|更新|上传)?(?:时间|日期)\s*[:]|(?:信息|文章|稿件)?来源\s*[:]|作者\s*[:]|(?:点击|浏览|阅读|访问)(?:量|数|次数)?\s*[:]"
    r"|字[体号]\s*[:]|(?:责任)?编辑\s*[:]|审核\s*[:]|【\s*(?:我要)?(?:纠错|打印|收藏|关闭|分享)[^【】\n]{0,4}】"
    r"|(?<![\u4e00-\u9fff])(?:打印|收藏|关闭|纠错|分享)(?![\u4e00-\u9fff])"
)
_FIELD_LINE_MAX = 100
# A cheap sign of a field label or a toolbar word (led by literals the regex engine scans for quickly): only
# the lines holding one are read.
_FIELD_HINT = re.compile(r"时间\s*:|日期\s*:|来源\s*:|作者\s*:|编辑\s*:|审核\s*:|字体\s*:|字号\s*:|点击|浏览|阅读|访问|打印|收藏|关闭|纠错|分享")
_FIELD_BRACKET = re.compile(r"[(（【][^()（）【】\n]{2,60}[)）】]")
# A toolbar button in brackets, and a line that is only a toolbar word: 【我要纠错】, 分享：
_TOOLBAR_BUTTON = re.compile(r"【\s*(?:我要纠错|纠错|打印|打印本页|收藏|加入收藏|关闭|关闭窗口|分享|返回顶部|返回)\s*】")
_TOOLBAR_LINE = re.compile(r"\s*(?:分享(?:到)?|打印|收藏|关闭|纠错|我要纠错)\s*[:]?\s*")


def _page_fields(text: str) -> Iterator[tuple[int, int, str]]:
    """A page's metadata: a short line without a full stop holding two of its field labels (发布时间：…
    来源：… 【我要纠错】), a bracket holding two (（来源：县政府办　作者：李明）), a toolbar button (【我要纠错】) or a
    line that is only a toolbar word (分享：)."""
    hints = [m.start() for m in _FIELD_HINT.finditer(text)]
    if not hints:
        return
    read_to = -1  # the end of the last line read (hints come in order: each line is read once)
    for at in hints:
        if at < read_to:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = line_end if line_end >= 0 else len(text)
        read_to = line_end
        raw = text[line_start:line_end]
        stripped = raw.strip()
        if not stripped:
            continue
        offset = line_start + raw.index(stripped[0])
        line = _Line(offset, offset + len(stripped), stripped)
        if len(line.text) <= _FIELD_LINE_MAX and "。" not in line.text:
            labels = {re.sub(r"\s|[:【】]", "", m.group())[-2:] for m in _FIELD_LABEL.finditer(line.text)}
            if len(labels) >= 2 or _TOOLBAR_LINE.fullmatch(line.text):
                yield line.start, line.end, "是网页的发布信息或工具栏"
                continue
        for m in _FIELD_BRACKET.finditer(line.text):
            labels = {re.sub(r"\s|[:【】]", "", f.group())[-2:] for f in _FIELD_LABEL.finditer(m.group())}
            if len(labels) >= 2:
                yield line.start + m.start(), line.start + m.end(), "是网页的来源、作者等发布信息"
    for m in _TOOLBAR_BUTTON.finditer(text):
        yield m.start(), m.end(), "是网页的工具栏按钮"


def _site_notices(text: str, present: set[str]) -> Iterator[tuple[int, int, str]]:
    """The sentence around each phrase in which a site speaks of itself, its users or its paywall (``present``:
    ``_gate_words_in(text)``)."""
    notices = list(_SITE_NOTICE.finditer(text))
    if not present.isdisjoint(_REPOST_NOTICE_WORDS):
        notices = sorted(notices + list(_REPOST_NOTICE.finditer(text)), key=lambda m: m.start())
    for m in notices:
        start = m.start()
        floor = max(0, start - _MAX_NOTICE_REACH)
        while start > floor and text[start - 1] not in _SENTENCE_STOP:
            start -= 1
        end = m.end()
        ceiling = min(len(text), end + _MAX_NOTICE_REACH)
        while end < ceiling and text[end] not in _SENTENCE_STOP:
            end += 1
        if end < len(text) and text[end] in "。!?":
            end += 1
        while start < end and text[start] in " \t\u3000\xa0":
            start += 1
        yield start, end, "是转载网站关于本站、会员或下载的说明"


def _glued_furniture(text: str) -> Iterator[tuple[int, int, str]]:
    """A page's call to its reader opening a sentence right after a sentence of report text, to the end of
    that sentence (its closing mark included) or of its line."""
    for m in _GLUED_FURNITURE.finditer(text):
        start = m.start("phrase")
        end = m.end()
        ceiling = min(len(text), end + _GLUED_REACH)
        while end < ceiling and text[end] not in "。!?！？\n":
            end += 1
        if end < len(text) and text[end] in "。!?！？":
            end += 1
        yield start, end, "是网页的推荐链接或关注提示，粘在正文句子后面"


def _counters(text: str) -> Iterator[tuple[int, int, str]]:
    """A page's view, like and download counters (阅读(1.2W), 浏览：3562, 点赞 1.5k, 1.2w阅读), wherever they stand:
    tried only where a counter word stands (one scan led by its characters)."""
    for hint in _COUNTER_HINT.finditer(text):
        m = _COUNTER.match(text, hint.start())
        if m:
            yield m.start(), m.end(), "是网页的阅读、点赞或下载计数"
            continue
        before = _COUNT_BEFORE.search(text, max(0, hint.start() - 16), hint.start())
        if before and _COUNT_AFTER.match(text, hint.end()):
            yield before.start(), hint.end(), "是网页的阅读、点赞或下载计数"


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between 。！？ and line breaks) holding ``text[start:end]``, its closing mark included."""
    floor = max(0, start - _MAX_NOTICE_REACH)
    while start > floor and text[start - 1] not in _SENTENCE_STOP + "！？":
        start -= 1
    ceiling = min(len(text), end + _MAX_NOTICE_REACH)
    while end < ceiling and text[end] not in _SENTENCE_STOP + "！？":
        end += 1
    if end < len(text) and text[end] in "。!?！？":
        end += 1
    while start < end and text[start] in " \t\u3000\xa0":
        start += 1
    return start, end


def _reader_calls(text: str, present: set[str]) -> Iterator[tuple[int, int, str]]:
    """A call to the reader with a site's promise (关注公众号…获取更多范文), a 范文 site's name and a copyright line:
    the sentence holding them, wherever it stands (``present``: ``_gate_words_in(text)``)."""
    # (a call counts only with a site's promise in its sentence: a text without any promise skips the calls, the same
    # findings for less work; 扫码 and 点击 are common in reports)
    for m in _READER_CALL.finditer(text) if _SITE_PROMISE.search(text) else ():
        start, end = _sentence_around(text, m.start(), m.end())
        if _SITE_PROMISE.search(text, start, end):
            yield start, end, "是转载网站引导读者关注、下载的提示"
    for m in _SITE_NAME.finditer(text) if not present.isdisjoint(_SITE_NAME_WORDS) else ():
        start, end = _sentence_around(text, m.start(), m.end())
        yield start, end, "是转载网站（范文网、文库）的名称或说明"
    for m in _COPYRIGHT.finditer(text) if not present.isdisjoint(_COPYRIGHT_WORDS) else ():
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        end = min(line_end, m.end() + _GLUED_REACH)
        yield m.start(), end, "是网页的版权声明"


def _title_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """Titles run together without punctuation (a site's keyword list), and a title pasted as a
    sentence of its own between two sentences of a paragraph."""
    # Only where three title words stand close together is the run around them read.
    positions = [m.start() for m in _TITLE_WORD.finditer(text)]
    done_to = -1
    for first, third in zip(positions, positions[_MIN_TITLES_IN_RUN - 1 :]):
        if first < done_to or third - first > _MAX_TITLES_SPAN or _RUN_BREAK.search(text, first, third):
            continue
        start = first
        while start > 0 and first - start < _MAX_TITLES_SPAN and not _RUN_BREAK.match(text, start - 1):
            start -= 1
        run = _UNPUNCTUATED_RUN.match(text, start)
        if run and run.end() - run.start() >= _MIN_RUN:
            done_to = run.end()
            yield run.start(), run.end(), "是转载网站堆砌的文章标题"
    # (a pasted title ends on its title word and a full stop: a text without one skips the scan, which tries every
    # sentence end)
    for m in _GLUED_TITLE.finditer(text) if _GLUED_TITLE_END.search(text) else ():
        if not _TITLE_VERB.search(m.group("title")):
            yield m.start("title"), m.end(), "是混入正文的文章标题"


def _source_attributions(text: str) -> Iterator[tuple[int, int, str]]:
    """（来源：临江新闻网） in brackets anywhere, or 来源：某某日报 glued to the finished sentence
    before it at the end of a line. (A line 来源：某某日报 under a title is a reprint's byline, left
    to the line rules; a report cites 数据来源/资料来源 instead.)"""
    for m in _SOURCE_LABEL.finditer(text):
        start = m.start()
        if any(text.endswith(prefix, 0, start) for prefix in _SOURCE_PREFIXES):
            start -= 2
        before = start
        while before > 0 and text[before - 1] in " \t\u3000":
            before -= 1
        opener = text[before - 1] if before > 0 else ""
        if m.group("close") is not None:
            if opener in "([【":
                yield before - 1, m.end(), "是网页转载的来源标注"
        elif opener in "。!?":
            line_end = text.find("\n", m.end())
            if not text[m.end() : line_end if line_end >= 0 else len(text)].strip():
                yield start, m.end(), "是网页转载的来源标注"


def _neighbour(lines: list[_Line], i: int, step: int) -> int | None:
    """Index of the next non-empty line before (step -1) or after (step 1) line ``i``."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].text:
        j += step
    return j if 0 <= j < len(lines) else None


def _has_furniture_neighbour(lines: list[_Line], kind: list[str | None], i: int) -> bool:
    for step in (-1, 1):
        j = _neighbour(lines, i, step)
        if j is not None and kind[j] in ("strong", "weak"):
            return True
    return False


@dataclass(frozen=True)
class _Marker:
    number: int
    start: int
    end: int
    weight: int
    breaks: bool


def _page_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    for marker in _page_marker_chain(text):
        yield marker.start, marker.end, "是分页残留的页码，插在句子中间"
    m = _TRAILING_PAGE_NUMBER.search(text) if text.rstrip()[-1:].isdigit() else None  # (a digit must end it)
    if m:
        yield m.start(1), m.end(1), "是文末残留的页码"


def _page_marker_chain(text: str) -> list[_Marker]:
    """The markers N、 that count the pages: the best-supported chain 1, 2, 3 … in document order.

    Each candidate is weighed by how much it looks like a page break (it opens a line, the text
    before it is an unfinished sentence of a long line, punctuation follows it) against a list
    item (it follows a colon, semicolon or enumeration comma). The chain of consecutive numbers
    with the largest total weight wins (a weighted longest path, one pass in document order).
    """
    markers = [_weigh(text, m) for m in _PAGE_MARKER.finditer(text)]
    if len(markers) < 2:
        return []
    best: dict[int, tuple[int, int]] = {}  # number -> (total weight, index) of the best chain ending there
    previous: list[int | None] = [None] * len(markers)
    totals = [0] * len(markers)
    for idx, marker in enumerate(markers):
        before = best.get(marker.number - 1)
        if before is not None and marker.start - markers[before[1]].end >= _MIN_PAGE and before[0] >= 0:
            totals[idx] = before[0] + marker.weight
            previous[idx] = before[1]
        else:
            totals[idx] = marker.weight
        if marker.number not in best or totals[idx] > best[marker.number][0]:
            best[marker.number] = (totals[idx], idx)
    end = max(range(len(markers)), key=lambda k: totals[k])
    chain = []
    cursor: int | None = end
    while cursor is not None:
        chain.append(markers[cursor])
        cursor = previous[cursor]
    chain.reverse()
    breaking = sum(1 for marker in chain if marker.breaks)
    if len(chain) >= 3 and breaking >= max(2, len(chain) // 2):
        return chain
    # a two-page scrape: 1、 opens the document and 2、 cuts a sentence
    if len(chain) == 2 and chain[0].number == 1 and not text[: chain[0].start].strip() and chain[1].breaks:
        return chain
    return []


def _weigh(text: str, m: re.Match) -> _Marker:
    start = m.start()
    line_start = text.rfind("\n", 0, start) + 1
    at_line_start = not text[line_start:start].strip()
    before = start
    while before > 0 and text[before - 1] in " \t\u3000\r\n":
        before -= 1
    previous_char = text[before - 1] if before > 0 else ""
    previous_line_start = text.rfind("\n", 0, before) + 1
    previous_line_long = before - previous_line_start >= 40
    after = text[m.end()] if m.end() < len(text) else ""
    unfinished = bool(previous_char) and previous_char not in _SENTENCE_END and previous_char not in "、,"
    line_end = text.find("\n", m.end())
    line = text[start : line_end if line_end >= 0 else len(text)].rstrip()
    heading_line = at_line_start and len(line) < 40 and line[-1] not in "。！？!?"
    # a page runs on for a paragraph; a short line opened by N、 is a heading or a list item
    breaks = (unfinished and (previous_line_long or not at_line_start) and not heading_line) or after in ",;。、:"
    weight = 0
    if at_line_start:
        weight += 1
    if breaks:
        weight += 3
    if previous_char and previous_char in ":;、,":
        weight -= 3  # a list item after a colon, semicolon or another item
    elif previous_char == "" and at_line_start:
        weight += 1  # the first page's number opens the document
    elif not breaks:
        weight -= 1
    return _Marker(int(m.group(1)), start, m.end(), weight, breaks)
