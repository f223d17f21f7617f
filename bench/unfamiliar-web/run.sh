#!/bin/sh
# Crawls ninety hand-made news webs of unfamiliar publishers (1045 sites in 80+
# languages, aggregators and wires) with newsroom and scores what it stored against
# the webs' ground truth: titles, dates, authors, non-articles stored and the
# original kept for syndicated copies. The sites are served on loopback
# (127.0.1.21-254, 127.0.2.1-245, 127.0.3.1-210, 127.0.4.1-242, 127.0.5.1-242, 127.0.6.1-252, 127.0.7.1-232, 127.0.8.1-12, 127.0.8.21-32, 127.0.8.41-52, 127.0.8.61-72, 127.0.8.81-92, 127.0.8.101-112, 127.0.8.121-132, 127.0.8.141-152) by python3's http.server.
#
#   bench/unfamiliar-web/run.sh [path to the newsroom binary]
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
bin=${1:-newsroom}
work=$(mktemp -d)
pids=""
trap 'for p in $pids; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT INT TERM
for web in a:18080 b:18081 c:18082 d:18083 e:18084 f:18085 g:18086 h:18087 i:18088 j:18089 k:18090 l:18091 m:18092 n:18093 o:18094 p:18095 q:18096 r:18097 s:18098 t:18099 u:18100 v:18101 w:18102 x:18103 y:18104 z:18105 aa:18106 ab:18107 ac:18108 ad:18109 ae:18110 af:18111 ag:18112 ah:18113 ai:18114 aj:18115 ak:18116 al:18117 am:18118 ao:18119 ap:18120 aq:18121 ar:18122 as:18123 at:18124 au:18125 av:18126 aw:18127 ax:18128 ay:18129 ba:18130 bb:18131 bc:18132 be:18133 bg:18137 bj:18134 bl:18135 bm:18136 bn:18138 bo:18139 bp:18140 bq:18141 br:18142 bs:18143 bt:18144 bu:18145 bv:18146 bw:18147 bx:18148 by:18149 bz:18150 ca:18151 cb:18152 cc:18153 cd:18154 ce:18155 cf:18156 cg:18157 ch:18158 ci:18159 ck:18160 cl:18161 cm:18162 cn:18163 co:18164 cp:18165 cq:18166 cr:18167 cs:18168 ct:18169; do
	name=${web%%:*} port=${web#*:}
	out="$work/$name"
	mkdir -p "$out"
	python3 "$dir/web-$name.py" "$out" >/dev/null
	seeds=""
	for host in $(ls "$out/sites"); do
		python3 -m http.server "$port" --bind "$host" --directory "$out/sites/$host" >/dev/null 2>&1 &
		pids="$pids $!"
		seeds="$seeds --seed http://$host:$port/"
	done
	for host in $(ls "$out/sites"); do # wait until every site answers
		python3 -c 'import socket,sys,time
for _ in range(100):
    try: socket.create_connection((sys.argv[1], int(sys.argv[2])), 1).close(); break
    except OSError: time.sleep(0.1)' "$host" "$port"
	done
	# shellcheck disable=SC2086
	if ! "$bin" run --allow-private --data "$out/data" --until-idle --delay 50ms $seeds >"$out/run.log" 2>&1; then
		tail -5 "$out/run.log" >&2
		exit 1
	fi
	"$bin" export --data "$out/data" >"$out/export.jsonl" 2>/dev/null
	echo "web $name:"
	(cd "$out" && python3 "$dir/score.py")
done
