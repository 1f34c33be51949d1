# syntax=docker/dockerfile:1

# --- Build: the Maven wrapper, a JDK, and the layered jar ------------------------------------
# Images pinned to a JDK release (25.0.3, Temurin build 9), so that a rebuild gets the same JDK; move both together.
FROM eclipse-temurin:25.0.3_9-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/newsroom-*.jar extract --layers --launcher --destination target/extracted

# --- Runtime: a JRE, a non-root user, one layer per rate of change ---------------------------
# The packaged jar carries no embedded PostgreSQL: without SPRING_DATASOURCE_URL it stops at once
# with a message naming the variables to set.
FROM eclipse-temurin:25.0.3_9-jre
RUN groupadd --system newsroom \
 && useradd --system --gid newsroom --home-dir /app --shell /usr/sbin/nologin newsroom \
 && mkdir -p /app /var/lib/newsroom/media \
 && chown -R newsroom:newsroom /var/lib/newsroom
WORKDIR /app
COPY --from=build /workspace/target/extracted/dependencies/ ./
COPY --from=build /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/target/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/target/extracted/application/ ./
USER newsroom
# 8080: the site, with the probes /livez and /readyz. 8081: the actuator (health, Prometheus), for the internal network
# only: never publish it.
EXPOSE 8080 8081
# Images (originals and renditions, named by content hash) live outside the container; compose mounts a volume here.
# Several instances share one volume (or, later, an S3-compatible store).
ENV NEWSROOM_MEDIA_DIR=/var/lib/newsroom/media
VOLUME ["/var/lib/newsroom/media"]
# The WebP encoder loads its bundled libwebp: native access is allowed for it, without the JDK's warning.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED"
# Readiness (/readyz on the public port) over plain bash, so that the image needs no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /readyz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
