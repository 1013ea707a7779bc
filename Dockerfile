# The Finesse simulator on its own, in a container (the same jar as java -jar target/finesse-simulator.jar):
#   docker build -t finesse-simulator .
#   docker run --rm -p 8445:8445 -p 5222:5222 -p 5223:5223 -p 7443:7443 -p 8099:8099 finesse-simulator
# Options after the image name are added to (and, for the same option, win over) the ones below:
#   docker run --rm -p 8445:8445 -p 5222:5222 -p 8099:8099 finesse-simulator --deployment UCCX --agents 8
# From the host: REST https://127.0.0.1:8445/finesse/api, control http://127.0.0.1:8099/simulator, the CA
# to trust from http://127.0.0.1:8099/simulator/ca.pem; `docker logs` shows the agents and settings.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/finesse-simulator.jar ./
RUN useradd --system --no-create-home finesse-simulator
USER finesse-simulator
# REST (HTTPS), XMPP TCP with STARTTLS, XMPP direct TLS, BOSH (HTTPS), the switchboard (plain HTTP)
EXPOSE 8445 5222 5223 7443 8099
# The simulator binds 127.0.0.1 unless told otherwise; inside a container that address is reachable from
# the container alone, so the image binds every interface and docker run -p decides what the host exposes.
ENTRYPOINT ["java", "-jar", "finesse-simulator.jar", "--bind", "0.0.0.0", \
            "--rest-port", "8445", "--xmpp-port", "5222", "--direct-tls-port", "5223", "--bosh-port", "7443", \
            "--control-port", "8099"]
