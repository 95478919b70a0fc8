#!/usr/bin/env bash
# The real check of the cmi5 packages (not part of `npm test`): ADL's LRS and ADL's cmi5 Content
# Test Suite (CATAPULT's CTS) on 127.0.0.1, every package imported, launched in headless Chromium,
# taken to its end, and CATAPULT's verdict per package printed (and written to WORK/report.json).
#
#   scripts/cmi5-real-check.sh --work DIR \
#     --adl-lrs SNAPSHOT --catapult SNAPSHOT \
#     --oauth2 SNAPSHOT --defender SNAPSHOT --recaptcha SNAPSHOT --jsonify SNAPSHOT \
#     cmi5/*.zip
#
# Each SNAPSHOT is a bare git directory of the project's public repository, as the search tool's
# `fetch` brings it (adlnet/ADL_LRS, adlnet/CATAPULT, joestump/python-oauth2,
# jazzband/django-defender, django-recaptcha/django-recaptcha, romgar/django-jsonify). This script
# takes them as they are: it unpacks them into DIR, installs their npm dependencies, writes the
# settings the steps in shared/lrs-setup.md name (and the two edits CATAPULT's snapshot needs to
# start), runs them and ends every process it started. It builds nothing of theirs: CATAPULT's web
# client is not needed, as the CTS is driven through its REST API. Nothing of it belongs in this
# repository; DIR is scratch (delete it afterwards).
#
# Needs Debian's packages (run once as root):
#   apt-get install -y --no-install-recommends python3-django python3-amqp python3-celery \
#     python3-django-cors-headers python3-isodate python3-psycopg2 python3-pycryptodome python3-jose \
#     python3-tz python3-requests python3-rfc3987 python3-importlib-metadata python3-httplib2 \
#     python3-redis python3-distutils postgresql redis-server mariadb-server libxml2-utils chromium
# and this project's `npm install` (the driver's Node 24 and Playwright come from it; CATAPULT
# runs on the system's Node, 20 here). Ports used, all on
# 127.0.0.1: 5498 PostgreSQL, 6399 Redis, 8010 ADL LRS, 3306 MariaDB (CATAPULT's knexfiles fix
# it), 3398 player, 3399 CTS, 8090 the front proxy that puts player and CTS on one origin.
set -euo pipefail

usage() { sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
WORK='' ; ADL='' ; CATAPULT='' ; OAUTH2='' ; DEFENDER='' ; RECAPTCHA='' ; JSONIFY='' ; PACKAGES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --work) WORK=$2; shift 2 ;;
    --adl-lrs) ADL=$2; shift 2 ;;
    --catapult) CATAPULT=$2; shift 2 ;;
    --oauth2) OAUTH2=$2; shift 2 ;;
    --defender) DEFENDER=$2; shift 2 ;;
    --recaptcha) RECAPTCHA=$2; shift 2 ;;
    --jsonify) JSONIFY=$2; shift 2 ;;
    -h|--help) usage ;;
    *) PACKAGES+=("$(realpath "$1")"); shift ;;
  esac
done
[ -n "$WORK" ] && [ -n "$ADL" ] && [ -n "$CATAPULT" ] && [ -n "$OAUTH2" ] && [ -n "$DEFENDER" ] && [ -n "$RECAPTCHA" ] && [ -n "$JSONIFY" ] && [ ${#PACKAGES[@]} -gt 0 ] || usage

PROJECT=$(cd "$(dirname "$0")/.." && pwd)
NODE24="$PROJECT/node_modules/.bin/node"          # the project's Node 24, for the driver; CATAPULT runs on the system's Node
PY=/usr/bin/python3                                # Debian's Python, with Debian's Django
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
for tool in "$PY" "$PGBIN/initdb" redis-server mariadbd mariadb-install-db xmllint chromium git node npm curl "$NODE24"; do
  command -v "$tool" >/dev/null || { echo "cmi5-real-check: $tool is missing (see the apt-get line at the top of this script)"; exit 1; }
done
mkdir -p "$WORK"
WORK=$(realpath "$WORK")
LOGS="$WORK/logs"
mkdir -p "$LOGS"
log() { echo "[$(date +%H:%M:%S)] $*"; }

# ---- every process this script starts is recorded and ended, by its PID ----
PIDS=()
cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done; kill -9 "$pid" 2>/dev/null; done
  [ -f "$WORK/redis/redis.pid" ] && kill "$(cat "$WORK/redis/redis.pid")" 2>/dev/null
  [ -d "$WORK/pg/data" ] && su postgres -s /bin/sh -c "'$PGBIN/pg_ctl' -D '$WORK/pg/data' -m fast stop" >/dev/null 2>&1
  log "stopped every process this script started"
}
trap cleanup EXIT
start() { # name, folder, command… (in the background, output to logs/<name>.log)
  local name=$1 folder=$2; shift 2
  (cd "$folder" && exec "$@") >"$LOGS/$name.log" 2>&1 &
  PIDS+=($!)
  log "$name started (pid $!)"
}
wait_for() { # url or host:port, what
  for _ in $(seq 120); do
    if [[ "$1" == http* ]]; then curl -s -o /dev/null "$1" && return 0; else (echo >/dev/tcp/${1%:*}/${1#*:}) 2>/dev/null && return 0; fi
    sleep 1
  done
  echo "cmi5-real-check: $2 did not come up; see $LOGS"; exit 1
}
unpack() { # snapshot, ref, target, [exclude]
  rm -rf "$3"; mkdir -p "$3"
  git --git-dir="$1" archive --format=tar "$2" -- . ${4:+":(exclude)$4"} | tar -x -C "$3"
}

# ---- 1. ADL's LRS (shared/lrs-setup.md §2) ----
log "ADL LRS: $(git --git-dir="$ADL" log -1 --format='%h %cs')"
unpack "$ADL" HEAD "$WORK/lrs/adl"
PYDEPS="$WORK/lrs/pydeps"
rm -rf "$PYDEPS"; mkdir -p "$PYDEPS"
for spec in "$OAUTH2 v1.9 oauth2 oauth2" "$DEFENDER v0.9.6 defender defender" "$RECAPTCHA 3.0.0 captcha captcha" "$JSONIFY HEAD djsonify jsonify"; do
  read -r snapshot ref folder module <<<"$spec"
  unpack "$snapshot" "$ref" "$WORK/lrs/src-$module"
  cp -r "$WORK/lrs/src-$module/$folder" "$PYDEPS/$module"
done
ln -sfn /usr/lib/python3/dist-packages/Cryptodome "$PYDEPS/Crypto"
# bcoding (no snapshot): the LRS only calls bencode() for cache keys. A stand-in of our own.
cat >"$PYDEPS/bcoding.py" <<'EOF'
def bencode(value):
    """Bencoding of str, bytes, int, list and dict (keys sorted), as bytes."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        return b"i%de" % value
    if isinstance(value, str):
        value = value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return b"%d:%s" % (len(value), bytes(value))
    if isinstance(value, (list, tuple)):
        return b"l" + b"".join(bencode(item) for item in value) + b"e"
    if isinstance(value, dict):
        items = sorted((k.encode("utf-8") if isinstance(k, str) else k, v) for k, v in value.items())
        return b"d" + b"".join(bencode(k) + bencode(v) for k, v in items) + b"e"
    if value is None:
        return bencode("")
    return bencode(str(value))
EOF

log "PostgreSQL on 127.0.0.1:5498, Redis on 127.0.0.1:6399"
rm -rf "$WORK/pg"; mkdir -p "$WORK/pg"; chown postgres "$WORK/pg"
su postgres -s /bin/sh -c "'$PGBIN/initdb' -D '$WORK/pg/data' -A trust -U postgres" >"$LOGS/initdb.log"
su postgres -s /bin/sh -c "'$PGBIN/pg_ctl' -D '$WORK/pg/data' -l '$WORK/pg/pg.log' -o \"-c listen_addresses=127.0.0.1 -p 5498 -k '$WORK/pg'\" start" >/dev/null
wait_for 127.0.0.1:5498 PostgreSQL
"$PGBIN/psql" -h 127.0.0.1 -p 5498 -U postgres -q -c "create user lrs_owner with password 'lrs_password' createdb;" -c "create database lrs owner lrs_owner;"
mkdir -p "$WORK/redis"
redis-server --bind 127.0.0.1 --port 6399 --save '' --daemonize yes --pidfile "$WORK/redis/redis.pid" --dir "$WORK/redis" --logfile "$LOGS/redis.log"

log "ADL LRS settings, schema, users"
ADLDIR="$WORK/lrs/adl"
SECRET=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')
"$PY" - "$ADLDIR" "$SECRET" <<'EOF'
import configparser, sys
folder, secret = sys.argv[1], sys.argv[2]
config = configparser.ConfigParser()
config.optionxform = str
config.read(f"{folder}/settings.ini.example")
config["database"].update(HOST="127.0.0.1", PORT="5498")
config["email"]["EMAIL_BACKEND"] = "django.core.mail.backends.console.EmailBackend"
config["preferences"]["TIME_ZONE"] = "UTC"
config["secrets"]["SECRET_KEY"] = secret
with open(f"{folder}/adl_lrs/settings.ini", "w") as out:
    config.write(out)
EOF
printf 'from .settings import *\nDEFENDER_REDIS_URL = "redis://127.0.0.1:6399/0"\nCELERY_ALWAYS_EAGER = True\n' >"$ADLDIR/adl_lrs/settings_local.py"
# PROJECT_ROOT is the folder above adl/.
mkdir -p "$WORK/lrs/logs/celery" "$WORK/lrs/media/"{activity_profile,activity_state,agent_profile,attachment_payloads}
export PYTHONPATH="$PYDEPS" DJANGO_SETTINGS_MODULE=adl_lrs.settings_local
manage() { (cd "$ADLDIR" && "$PY" manage.py "$@"); }
{ manage createcachetable && manage migrate && manage makemigrations adl_lrs lrs oauth_provider && manage migrate; } >"$LOGS/lrs-migrate.log" 2>&1
DJANGO_SUPERUSER_PASSWORD=$SECRET manage createsuperuser --noinput --username lrsadmin --email lrsadmin@example.com >>"$LOGS/lrs-migrate.log" 2>&1
manage shell -c "from django.contrib.auth.models import User; User.objects.create_user('course-tests','course-tests@example.com','course-secret')" >>"$LOGS/lrs-migrate.log" 2>&1
start lrs "$ADLDIR" "$PY" manage.py runserver --noreload 127.0.0.1:8010
wait_for http://127.0.0.1:8010/xapi/about "ADL LRS"
log "ADL LRS: $(curl -s http://127.0.0.1:8010/xapi/about)"

# ---- 2. CATAPULT's player and CTS (shared/lrs-setup.md §4.2) ----
CATAPULT_VERSION="$(git --git-dir="$CATAPULT" log -1 --format='%h %cs') ($(git --git-dir="$CATAPULT" describe --tags --always 2>/dev/null))"
log "CATAPULT: $CATAPULT_VERSION"
unpack "$CATAPULT" HEAD "$WORK/catapult/src" player/service/node_modules.tar.gz
APPS="$WORK/catapult/apps"
rm -rf "$APPS"; mkdir -p "$APPS"
cp -r "$WORK/catapult/src/player/service" "$APPS/player"; cp -r "$WORK/catapult/src/player/migrations" "$APPS/player/migrations"
cp -r "$WORK/catapult/src/cts/service" "$APPS/cts"; cp -r "$WORK/catapult/src/cts/migrations" "$APPS/cts/migrations"
mkdir -p "$APPS/player/var/content"
# The snapshot's CTS calls require('knex-stringcase').default, which neither locked version has: use the plain require, as the player's db.js does.
sed -i "s/require('knex-stringcase').default/require('knex-stringcase')/" "$APPS/cts/lib/db.js"
log "CATAPULT: npm install (player, CTS service)"
(cd "$APPS/player" && npm install --no-audit --no-fund >"$LOGS/npm-player.log" 2>&1)
(cd "$APPS/cts" && npm install --no-audit --no-fund >"$LOGS/npm-cts.log" 2>&1)

log "MariaDB on 127.0.0.1:3306"
rm -rf "$WORK/mysql"; mkdir -p "$WORK/mysql"
mariadb-install-db --datadir="$WORK/mysql/data" --user=root --auth-root-authentication-method=normal >"$LOGS/mariadb-install.log" 2>&1
start mariadb "$WORK" mariadbd --datadir="$WORK/mysql/data" --socket="$WORK/mysql/mysql.sock" --pid-file="$WORK/mysql/mysql.pid" --bind-address=127.0.0.1 --port=3306 --user=root --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
wait_for 127.0.0.1:3306 MariaDB
mariadb --socket="$WORK/mysql/mysql.sock" -u root <<'EOF'
CREATE DATABASE IF NOT EXISTS catapult_cts;
CREATE DATABASE IF NOT EXISTS catapult_player;
CREATE USER IF NOT EXISTS 'catapult'@'127.0.0.1' IDENTIFIED BY 'quartz';
GRANT ALL PRIVILEGES ON catapult_cts.* TO 'catapult'@'127.0.0.1';
GRANT ALL PRIVILEGES ON catapult_player.* TO 'catapult'@'127.0.0.1';
FLUSH PRIVILEGES;
EOF
export DB_HOST=127.0.0.1 DB_USERNAME=catapult DB_PASSWORD=quartz
(cd "$APPS/player" && DB_NAME=catapult_player node node_modules/.bin/knex migrate:latest >"$LOGS/player-migrate.log" 2>&1)
(cd "$APPS/cts" && DB_NAME=catapult_cts node node_modules/.bin/knex migrate:latest >"$LOGS/cts-migrate.log" 2>&1)

PLAYER_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
start player "$APPS/player" env DB_NAME=catapult_player DATABASE_NAME=catapult_player LRS_ENDPOINT=http://127.0.0.1:8010/xapi/ LRS_USERNAME=course-tests LRS_PASSWORD=course-secret \
  LRS_XAPI_VERSION=1.0.3 CONTENT_URL=http://127.0.0.1:8090/player/content TOKEN_SECRET="$PLAYER_SECRET-token" API_KEY=cts API_SECRET="$PLAYER_SECRET" \
  PLAYER_API_ROOT=/player node index.js 3398 127.0.0.1
start cts "$APPS/cts" env DB_NAME=catapult_cts PLAYER_BASE_URL=http://127.0.0.1:3398/player PLAYER_KEY=cts PLAYER_SECRET="$PLAYER_SECRET" \
  LRS_ENDPOINT=http://127.0.0.1:8010/xapi/ LRS_USERNAME=course-tests LRS_PASSWORD=course-secret LRS_XAPI_VERSION=1.0.3 \
  CTS_SESSION_COOKIE_PASSWORD="$PLAYER_SECRET-cookie-$PLAYER_SECRET" node index.js 3399 127.0.0.1
# One origin for player and CTS, as their nginx does: the AU (served by the player) calls the CTS's fetch and LRS URLs.
cat >"$WORK/catapult/front-proxy.mjs" <<'EOF'
import { createServer, request } from 'node:http';
createServer((req, res) => {
  const port = req.url.startsWith('/player/') ? 3398 : 3399;
  const upstream = request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', (error) => { res.writeHead(502); res.end(String(error)); });
  req.pipe(upstream);
}).listen(8090, '127.0.0.1');
EOF
start front-proxy "$WORK" node "$WORK/catapult/front-proxy.mjs"
wait_for 127.0.0.1:3398 "CATAPULT player"
wait_for 127.0.0.1:3399 "CATAPULT CTS"
wait_for 127.0.0.1:8090 "front proxy"

# ---- 3. The packages: cmi5.xml against CATAPULT's copy of the cmi5 CourseStructure.xsd, then the CTS ----
for zip in "${PACKAGES[@]}"; do
  unzip -p "$zip" cmi5.xml | xmllint --noout --schema "$APPS/player/xsd/v1/CourseStructure.xsd" - 2>&1 | sed "s|^|$(basename "$zip"): |"
done
log "CTS: importing and running each package"
"$NODE24" --disable-warning=ExperimentalWarning "$PROJECT/scripts/cmi5-real-check-drive.ts" --cts http://127.0.0.1:8090 --catapult "$CATAPULT_VERSION" --lrs "$(git --git-dir="$ADL" log -1 --format='%h %cs')" --out "$WORK/report.json" "${PACKAGES[@]}"
