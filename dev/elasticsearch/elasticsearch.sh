#!/usr/bin/env bash
# DEV-ONLY: runs a real Elasticsearch 8.19.21 locally without Docker (see README.md beside this file).
#
#   elasticsearch.sh ensure|start   start it unless it already answers (idempotent, concurrency-safe)
#   elasticsearch.sh stop           stop the node started by this script
#   elasticsearch.sh status         print _cluster/health, or "not running" (exit 3)
#
# Env: LINIMASA_ES_PORT (9200), LINIMASA_ES_HOME (/var/tmp/linimasa-es-8.19.21),
#      LINIMASA_ES_HEAP ("-Xms512m -Xmx512m"), ES_JAVA_HOME / JAVA_HOME (default: the `java` on PATH).
set -euo pipefail

ES_VERSION=8.19.21
PORT="${LINIMASA_ES_PORT:-9200}"
ES_HOME="${LINIMASA_ES_HOME:-/var/tmp/linimasa-es-${ES_VERSION}}"
ES_HOME="${ES_HOME%/}"
HEAP="${LINIMASA_ES_HEAP:--Xms512m -Xmx512m}"
URL="http://127.0.0.1:${PORT}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PLUGIN_SRC="${SCRIPT_DIR}/analysis-plugin"
PLUGIN_NAME=linimasa-dev-analysis
PLUGIN_DIR="${ES_HOME}/modules/${PLUGIN_NAME}"
PLUGIN_JAR="${PLUGIN_DIR}/${PLUGIN_NAME}.jar"
PIDFILE="${ES_HOME}/elasticsearch.pid"
LOCKFILE="${ES_HOME}.lock"
CLUSTER_NAME=linimasa-dev
ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
M2_REPO="${HOME}/.m2/repository"
ZIP="${M2_REPO}/org/elasticsearch/distribution/integ-test-zip/elasticsearch/${ES_VERSION}/elasticsearch-${ES_VERSION}.zip"
ES_UID=65534

log() { echo "elasticsearch.sh: $*" >&2; }
die() { log "$*"; exit 1; }

healthy() { curl -sf -m 2 "${URL}/_cluster/health" >/dev/null 2>&1; }

# Takes an exclusive lock for the rest of the process (released on exit).
lock() {
  mkdir -p "$(dirname "$ES_HOME")"
  [[ -e "$LOCKFILE" ]] || (umask 000 && : >>"$LOCKFILE")
  exec 9<"$LOCKFILE"   # read-only is enough for flock, and works whoever created the file
  flock -w 300 9 || die "timed out waiting for lock $LOCKFILE"
}

# Pid from the pidfile if that process is alive and is Elasticsearch; empty otherwise.
running_pid() {
  local pid
  [[ -s "$PIDFILE" ]] || return 0
  pid="$(tr -dc '0-9' <"$PIDFILE")"
  if [[ -n "$pid" ]] && tr '\0' ' ' 2>/dev/null <"/proc/${pid}/cmdline" | grep -q 'org\.elasticsearch'; then
    echo "$pid"
  fi
}

java_home() {
  if [[ -n "${ES_JAVA_HOME:-}" ]]; then echo "$ES_JAVA_HOME"
  elif [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME"
  else
    local java
    java="$(command -v java)" || die "no java on PATH and JAVA_HOME unset"
    dirname "$(dirname "$(readlink -f "$java")")"
  fi
}

fetch_and_unpack() {
  [[ -x "${ES_HOME}/bin/elasticsearch" ]] && return 0
  if [[ ! -s "$ZIP" ]]; then
    local out
    out="$(mktemp)"
    # Run outside any project so a (possibly half-edited) pom.xml in $PWD plays no part.
    if ! (cd / && mvn -B -q dependency:get -Dtransitive=false -Dmaven.repo.local="$M2_REPO" \
          -Dartifact="$ARTIFACT") >"$out" 2>&1; then
      cat "$out" >&2; rm -f "$out"; die "could not fetch $ARTIFACT"
    fi
    rm -f "$out"
    [[ -s "$ZIP" ]] || die "fetched $ARTIFACT but $ZIP is missing"
  fi
  local tmp
  tmp="$(mktemp -d "${ES_HOME}.unpack.XXXXXX")"
  unzip -q "$ZIP" -d "$tmp"
  rm -rf "$ES_HOME"
  mv "${tmp}/elasticsearch-${ES_VERSION}" "$ES_HOME"   # atomic: bin/elasticsearch exists only when complete
  rm -rf "$tmp"
}

install_plugin() {
  if [[ -s "$PLUGIN_JAR" && -s "${PLUGIN_DIR}/plugin-descriptor.properties" ]] \
     && [[ -z "$(find "$PLUGIN_SRC" -type f -newer "$PLUGIN_JAR" -print -quit)" ]]; then
    return 0
  fi
  local jh tmp javac jar
  jh="$(java_home)"
  javac="${jh}/bin/javac"; [[ -x "$javac" ]] || javac="$(command -v javac)" || die "javac not found"
  jar="${jh}/bin/jar"; [[ -x "$jar" ]] || jar="$(command -v jar)" || die "jar not found"
  tmp="$(mktemp -d)"
  mkdir -p "${tmp}/classes"
  find "${PLUGIN_SRC}/src" -name '*.java' >"${tmp}/sources"
  "$javac" --release 17 -nowarn -cp "${ES_HOME}/lib/*" -d "${tmp}/classes" @"${tmp}/sources" \
    || { rm -rf "$tmp"; die "compiling the dev analysis plugin failed"; }
  "$jar" --create --file "${tmp}/${PLUGIN_NAME}.jar" -C "${tmp}/classes" .
  rm -rf "$PLUGIN_DIR"
  mkdir -p "$PLUGIN_DIR"
  cp "${tmp}/${PLUGIN_NAME}.jar" "$PLUGIN_JAR"
  sed "s/@ES_VERSION@/${ES_VERSION}/g" "${PLUGIN_SRC}/plugin-descriptor.properties" \
    >"${PLUGIN_DIR}/plugin-descriptor.properties"
  rm -rf "$tmp"
}

write_config() {
  local cfg="${ES_HOME}/config/elasticsearch.yml" new
  new="# Written by dev/elasticsearch/elasticsearch.sh (DEV-ONLY); rewritten on every start.
cluster.name: ${CLUSTER_NAME}
node.name: ${CLUSTER_NAME}
discovery.type: single-node
network.host: 127.0.0.1
http.port: ${PORT}
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
path.data: ${ES_HOME}/data
path.logs: ${ES_HOME}/logs"
  [[ "$(cat "$cfg" 2>/dev/null)" == "$new" ]] || printf '%s\n' "$new" >"$cfg"
  mkdir -p "${ES_HOME}/data" "${ES_HOME}/logs"
}

print_log_tail() {
  local f
  for f in "${ES_HOME}/logs/startup.out" "${ES_HOME}/logs/${CLUSTER_NAME}.log"; do
    [[ -s "$f" ]] && { log "--- tail of $f"; tail -n 40 "$f" >&2; }
  done
  return 0
}

cmd_ensure() {
  if healthy; then echo "elasticsearch: running at ${URL}"; return 0; fi
  lock
  if healthy; then echo "elasticsearch: running at ${URL}"; return 0; fi   # someone else started it

  local start=$SECONDS pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PIDFILE"
    fetch_and_unpack
    install_plugin
    write_config
    local -a run=()
    if [[ $EUID -eq 0 ]]; then
      chown -R "${ES_UID}:${ES_UID}" "$ES_HOME"
      setpriv --reuid=$ES_UID --regid=$ES_UID --clear-groups test -r "${ES_HOME}/bin/elasticsearch" \
        || die "user $ES_UID cannot reach $ES_HOME; set LINIMASA_ES_HOME to a path every user can enter"
      run=(setpriv --reuid=$ES_UID --regid=$ES_UID --clear-groups)
    fi
    # cwd and HOME must be reachable by the ES user (/root is not).
    if ! (cd "$ES_HOME" && HOME="$ES_HOME" ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="$HEAP" \
          "${run[@]}" ./bin/elasticsearch -d -p "$PIDFILE" >"${ES_HOME}/logs/startup.out" 2>&1); then
      print_log_tail; die "bin/elasticsearch failed to start"
    fi
  fi

  local deadline=$((SECONDS + 90))
  until curl -sf -m 5 "${URL}/_cluster/health?wait_for_status=yellow&timeout=3s" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      print_log_tail; die "Elasticsearch did not become healthy at ${URL} within 90 s (a node from ${ES_HOME} on another port?)"
    fi
    if [[ -z "$(running_pid)" ]]; then
      print_log_tail; die "Elasticsearch exited during start-up"
    fi
    sleep 1
  done
  echo "elasticsearch: started at ${URL} in $((SECONDS - start)) s (home ${ES_HOME})"
}

cmd_stop() {
  lock
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PIDFILE"
    if healthy; then die "something answers at ${URL} but it was not started from ${ES_HOME}"; fi
    echo "elasticsearch: not running"; return 0
  fi
  kill -TERM "$pid"
  local i
  for ((i = 0; i < 600; i++)); do            # up to 60 s
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid did not stop in 60 s; sending SIGKILL"
    kill -KILL "$pid" || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$PIDFILE"
  echo "elasticsearch: stopped (pid $pid)"
}

cmd_status() {
  local health
  if health="$(curl -sf -m 2 "${URL}/_cluster/health" 2>/dev/null)"; then
    echo "$health"
  else
    echo "not running"
    exit 3
  fi
}

case "${1:-}" in
  ensure | start) cmd_ensure ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $(basename "$0") ensure|start|stop|status" >&2; exit 2 ;;
esac
