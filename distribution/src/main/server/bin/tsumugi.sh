#!/usr/bin/env bash
# Starts Tsumugi CRM in the foreground and prints where to log in once it answers.
#
# Configuration, in increasing order of precedence:
#   1. conf/tsumugi.properties next to this folder (copied from the distribution; edit it)
#   2. TSUMUGI_* environment variables, e.g. TSUMUGI_DB_URL=jdbc:postgresql://localhost:5432/crm
#
# Environment variables understood here (see conf/tsumugi.properties for all settings):
#   TSUMUGI_DB_URL, TSUMUGI_DB_USER, TSUMUGI_DB_PASSWORD  database (default: H2 file in the data folder)
#   TSUMUGI_DATA_DIR      where the H2 database and other data live (default: <server>/data)
#   TSUMUGI_HTTP_PORT     HTTP port (default 8080)
#   TSUMUGI_PORT_OFFSET   shifts every port (HTTP, management) by this amount
#   TSUMUGI_BIND_ADDRESS  address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
#   TSUMUGI_ADMIN_PASSWORD  password of the first administrator (generated and printed if unset)
#   TSUMUGI_PLUGINS_DIR   where plugins are loaded from (default: <server>/plugins)
set -euo pipefail

SERVER_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIG_FILE="${TSUMUGI_CONFIG:-$SERVER_HOME/conf/tsumugi.properties}"

# Reads key from the properties file (simple key=value lines; later lines win).
property() {
  [ -f "$CONFIG_FILE" ] || return 0
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$CONFIG_FILE" | tail -n 1 | tr -d '\r'
}

# Environment first, then the properties file, then the default.
setting() {
  local key="$1" default="${2:-}" env_name value
  env_name="$(echo "$key" | tr '[:lower:].-' '[:upper:]__')"
  value="${!env_name:-}"
  [ -n "$value" ] || value="$(property "$key")"
  [ -n "$value" ] || value="$default"
  printf '%s' "$value"
}

DATA_DIR="$(setting tsumugi.data-dir "$SERVER_HOME/data")"
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
DB_URL="$(setting tsumugi.db.url "jdbc:h2:file:$DATA_DIR/db/tsumugi;DB_CLOSE_ON_EXIT=FALSE")"
case "$DB_URL" in
  jdbc:postgresql:*) DB_DRIVER=postgresql DB_KIND=PostgreSQL ;;
  jdbc:h2:*) DB_DRIVER=h2 DB_KIND=H2 ;;
  *) echo "tsumugi: unsupported database URL '$DB_URL' (use jdbc:postgresql:... or jdbc:h2:...)" >&2; exit 2 ;;
esac
DB_USER="$(setting tsumugi.db.user "$([ "$DB_DRIVER" = h2 ] && echo sa || echo postgres)")"
DB_PASSWORD="$(setting tsumugi.db.password "$([ "$DB_DRIVER" = h2 ] && echo sa || echo '')")"
HTTP_PORT="$(setting tsumugi.http-port 8080)"
PORT_OFFSET="$(setting tsumugi.port-offset 0)"
BIND_ADDRESS="$(setting tsumugi.bind-address 127.0.0.1)"
PUBLIC_PORT=$((HTTP_PORT + PORT_OFFSET))

# First start = no H2 database yet (or, for PostgreSQL, no marker from an earlier start).
FIRST_START_MARKER="$DATA_DIR/.started"
FIRST_START=false
[ -f "$FIRST_START_MARKER" ] || FIRST_START=true

SYSTEM_PROPERTIES=(
  "-Dtsumugi.db.url=$DB_URL"
  "-Dtsumugi.db.driver=$DB_DRIVER"
  "-Dtsumugi.db.user=$DB_USER"
  "-Dtsumugi.data-dir=$DATA_DIR"
  "-Dtsumugi.plugins-dir=$(setting tsumugi.plugins-dir "$SERVER_HOME/plugins")"
  "-Djboss.http.port=$HTTP_PORT"
  "-Djboss.socket.binding.port-offset=$PORT_OFFSET"
)
# WildFly refuses an empty password attribute: without one, the data source's placeholder is sent,
# which password-less setups (PostgreSQL trust or peer authentication) never ask for.
# WildFly also resolves ${tsumugi.db.password} from TSUMUGI_DB_PASSWORD, so an empty one must go.
if [ -n "$DB_PASSWORD" ]; then
  SYSTEM_PROPERTIES+=("-Dtsumugi.db.password=$DB_PASSWORD")
else
  unset TSUMUGI_DB_PASSWORD
fi
for key in tsumugi.admin.login tsumugi.admin.password tsumugi.timezone \
  tsumugi.plugins-trusted-keys tsumugi.plugins-require-signature \
  tsumugi.login.max-failures tsumugi.login.lock-minutes tsumugi.password.min-length \
  tsumugi.session.timeout-minutes; do
  value="$(setting "$key")"
  [ -z "$value" ] || SYSTEM_PROPERTIES+=("-D$key=$value")
done

# --demo-data: load a few hundred demo records into a database without records (TSUMUGI_DEMO_DATA=true).
ARGS=()
for arg in "$@"; do
  if [ "$arg" = --demo-data ]; then SYSTEM_PROPERTIES+=("-Dtsumugi.demo-data=true"); else ARGS+=("$arg"); fi
done
set -- ${ARGS[@]+"${ARGS[@]}"}

echo "Tsumugi CRM: starting on $DB_KIND (data: $DATA_DIR)"
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JBOSS_PIDFILE="$DATA_DIR/server.pid"
"$SERVER_HOME/bin/standalone.sh" -b "$BIND_ADDRESS" "${SYSTEM_PROPERTIES[@]}" "$@" &
SERVER_PID=$!
trap 'kill -TERM "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID"; exit 0' INT TERM

HEALTH_URL="http://127.0.0.1:$PUBLIC_PORT/api/health"
for _ in $(seq 1 180); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "tsumugi: the server stopped during start-up; see the messages above." >&2
    exit 1
  fi
  if curl -fsS "$HEALTH_URL" >/dev/null 2>&1; then
    DISPLAY_HOST="$BIND_ADDRESS"
    [ "$DISPLAY_HOST" != 0.0.0.0 ] || DISPLAY_HOST=localhost
    [ "$DISPLAY_HOST" != 127.0.0.1 ] || DISPLAY_HOST=localhost
    echo
    echo "=================================================================="
    echo " Tsumugi CRM is running: http://$DISPLAY_HOST:$PUBLIC_PORT/"
    if [ "$FIRST_START" = true ] && [ -z "$(setting tsumugi.admin.password)" ]; then
      PASSWORD_LINE="$(grep -a 'password : ' "$SERVER_HOME/standalone/log/server.log" | tail -n 1 | sed 's/.*password : //')"
      echo " Log in as '$(setting tsumugi.admin.login admin)' with the password generated at this first start:"
      echo "   $PASSWORD_LINE"
      echo " It will not be shown again."
    elif [ "$FIRST_START" = true ]; then
      echo " Log in as '$(setting tsumugi.admin.login admin)' with the password you configured."
    else
      echo " Log in with your account (the first administrator is '$(setting tsumugi.admin.login admin)')."
    fi
    echo " Stop with Ctrl+C."
    echo "=================================================================="
    touch "$FIRST_START_MARKER"
    break
  fi
  sleep 1
done
wait "$SERVER_PID"
