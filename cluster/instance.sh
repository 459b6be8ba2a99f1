#!/usr/bin/env bash
# Starts one MMICD Academy instance on Payara Micro: cluster/instance.sh HTTP_PORT [DATA_GRID_PORT]
#
# Alone by default (--nohazelcast, the fastest start). With MMICD_CLUSTER_MEMBERS set to the data grid
# members, e.g. 127.0.0.1:6900,127.0.0.1:6901, the instance joins them through Payara's Hazelcast with
# that explicit TCP/IP list (no multicast), and web sessions are replicated across the members.
# The database settings (MMICD_DB_URL, ...) come from the environment, as for a single instance.
set -euo pipefail
cd "$(dirname "$0")/.."

http_port=${1:?usage: cluster/instance.sh HTTP_PORT [DATA_GRID_PORT]}
grid_port=${2:-6900}
jar=${MMICD_PAYARA_JAR:-target/payara-micro.jar}
war=${MMICD_WAR:-target/mmicd-academy.war}
interface=${MMICD_CLUSTER_INTERFACE:-127.0.0.1}

options=(--deploy "$war" --contextroot / --port "$http_port")
if [[ -n "${MMICD_CLUSTER_MEMBERS:-}" ]]; then
  # List ports, never ranges (a range crashes Hazelcast's address picker). --nohostaware: on one
  # host every member has the same address, and host-aware partitioning would then keep no backups,
  # so the sessions of a member that dies would die with it.
  options+=(--clustername "${MMICD_CLUSTER_NAME:-mmicd}"
    --clustermode "tcpip:${MMICD_CLUSTER_MEMBERS}"
    --interfaces "$interface" --startport "$grid_port" --nohostaware
    --hzinitialjoinwait 1
    --name "${MMICD_INSTANCE_NAME:-mmicd-$http_port}"
    --prebootcommandfile src/main/payara/pre-boot.asadmin)
else
  # The WAR is distributable: without the data grid, keep its web sessions in this JVM's memory.
  options+=(--nohazelcast --prebootcommandfile cluster/single-instance.asadmin)
fi

exec java ${MMICD_JAVA_OPTIONS:--Xmx512m -XX:+UseSerialGC} -jar "$jar" "${options[@]}"
