# -*- coding: utf-8 -*-
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data_num import ITEMS as A
from data_txt import ITEMS as B
from fillers import LEAD, TAIL

NO_TAIL = ('加大', '继续阅读）', '园区安全生产工作总结')

def _post(text):
    return text.startswith(('20', '表', '（', '当前位置', '园区企业从业', '各片区', '经开区', '一、'))

def items():
    out = []
    li = ti = 0
    for n, (fam, kind, text, quote, note, chk) in enumerate(A + B):
        pre_ok = not _post(text)
        tail_ok = not text.endswith(NO_TAIL)
        use_tail = (not pre_ok) or (n % 2 == 0 and tail_ok)
        while len(text) < 80:
            if use_tail and tail_ok:
                text = text + TAIL[ti % len(TAIL)]; ti += 1
            elif pre_ok:
                text = LEAD[li % len(LEAD)] + text; li += 1
                pre_ok = False
            else:
                text = text + TAIL[ti % len(TAIL)]; ti += 1
            use_tail = not use_tail
        out.append((fam, kind, text, quote, note, chk))
    print("lead used", li, "tail used", ti, file=sys.stderr)
    return out

if __name__ == '__main__':
    items(); 
