#!/usr/bin/env bash
# Runs a throw-away Prometheus on a free localhost port against a running Stride, waits for a few
# scrapes, then runs every query of every dashboard panel (monitoring/grafana/dashboards/*.json)
# and prints whether it returned data. The alert rules are loaded too and must evaluate cleanly.
#
#   monitoring/verify-dashboards.sh [--require-data] [STRIDE_URL]      (default http://127.0.0.1:8080)
#
# Exit status: 1 when a query or rule errors (or, with --require-data, returns nothing).
# Needs prometheus (Debian/Ubuntu: apt-get install prometheus), curl and jq. Panels about traffic
# of a kind (errors, rate limiting, cache) only show data after such traffic: run some requests first.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
require_data=false
if [ "${1:-}" = "--require-data" ]; then require_data=true; shift; fi
stride_url="${1:-http://127.0.0.1:8080}"
scrape_interval=5s
rate_interval=1m   # what $__rate_interval stands for; a few scrapes fit in it

for tool in prometheus curl jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found" >&2; exit 2; }
done
[[ "$stride_url" =~ ^(https?)://([^/]+)(/.*)?$ ]] || { echo "not an http(s) URL: $stride_url" >&2; exit 2; }
scheme="${BASH_REMATCH[1]}" target="${BASH_REMATCH[2]}" base_path="${BASH_REMATCH[3]%/}"
curl -fsS -o /dev/null "$stride_url/actuator/prometheus" || { echo "no metrics at $stride_url/actuator/prometheus" >&2; exit 2; }

port=19090
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
prom="http://127.0.0.1:$port"

work="$(mktemp -d)"
prom_pid=""
stop() {
  if [ -n "$prom_pid" ]; then kill "$prom_pid" 2>/dev/null && wait "$prom_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

cp "$here/prometheus/alerts.yml" "$work/alerts.yml"
cat > "$work/prometheus.yml" <<EOF
global:
  scrape_interval: $scrape_interval
  evaluation_interval: $scrape_interval
rule_files: [alerts.yml]
scrape_configs:
  - job_name: stride
    scheme: $scheme
    metrics_path: $base_path/actuator/prometheus
    static_configs:
      - targets: ["$target"]
EOF

prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$port" --log.level=warn >"$work/prometheus.log" 2>&1 &
prom_pid=$!
echo "Prometheus on $prom (pid $prom_pid) scraping $stride_url every $scrape_interval"

query() { # prints the JSON answer of an instant query
  curl -sS --data-urlencode "query=$1" "$prom/api/v1/query"
}

scrapes=0
for _ in $(seq 1 60); do
  scrapes="$(query 'sum(count_over_time(up{job="stride"}[5m]))' 2>/dev/null | jq -r '.data.result[0].value[1] // 0' 2>/dev/null || echo 0)"
  [ "$scrapes" -ge 3 ] 2>/dev/null && break
  kill -0 "$prom_pid" 2>/dev/null || { cat "$work/prometheus.log" >&2; exit 2; }
  sleep 1
done
[ "$scrapes" -ge 3 ] || { echo "Prometheus did not scrape 3 times within 60s" >&2; exit 2; }
if [ "$(query 'min(up{job="stride"})' | jq -r '.data.result[0].value[1]')" != "1" ]; then
  echo "Prometheus cannot scrape $stride_url:" >&2
  curl -sS "$prom/api/v1/targets" | jq -r '.data.activeTargets[].lastError' >&2
  exit 1
fi

failures=0
for dashboard in "$here"/grafana/dashboards/*.json; do
  echo
  echo "== $(jq -r .title "$dashboard") ($(basename "$dashboard"))"
  # Every panel target, also inside collapsed rows, with Grafana's variables replaced: the built-in
  # intervals by fixed durations, each template variable by its "All" value.
  while IFS=$'\t' read -r title expr; do
    answer="$(query "$expr")"
    if [ "$(jq -r .status <<<"$answer")" != "success" ]; then
      echo "ERROR    $title: $expr"
      echo "         $(jq -r '.error // .' <<<"$answer")"
      failures=$((failures + 1))
    else
      series="$(jq '.data.result | length' <<<"$answer")"
      if [ "$series" -gt 0 ]; then
        printf 'DATA %3d %s: %s\n' "$series" "$title" "$expr"
      else
        echo "NO DATA  $title: $expr"
        if $require_data; then failures=$((failures + 1)); fi
      fi
    fi
  done < <(jq -r --arg rate "$rate_interval" --arg interval "$scrape_interval" '
      [.templating.list[]? | {name, value: (.allValue // ".*")}] as $vars
      | .. | objects | select(has("targets") and (.type // "") != "row") | .title as $title
      | .targets[] | select(.expr) | .expr
      | gsub("\\$__rate_interval"; $rate) | gsub("\\$__interval"; $interval) | gsub("\\$__range"; "5m")
      | reduce $vars[] as $v (.; gsub("\\$\\{" + $v.name + "(:[a-z]+)?\\}|\\[\\[" + $v.name + "\\]\\]|\\$" + $v.name + "\\b"; $v.value))
      | [$title, gsub("\\s+"; " ")] | @tsv' "$dashboard")
done

echo
echo "== Alert rules ($here/prometheus/alerts.yml)"
sleep "${scrape_interval%s}"   # at least one evaluation after the first scrapes
while IFS=$'\t' read -r name health state error; do
  echo "$(printf '%-8s' "$health") $name ($state) $error"
  [ "$health" = "ok" ] || failures=$((failures + 1))
done < <(curl -sS "$prom/api/v1/rules" | jq -r '.data.groups[].rules[] | [.name, .health, (.state // "-"), (.lastError // "")] | @tsv')

echo
if [ "$failures" -gt 0 ]; then
  echo "$failures failing quer(ies)/rule(s)"
  exit 1
fi
echo "every query and rule evaluated without error"
