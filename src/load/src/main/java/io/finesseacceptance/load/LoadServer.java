package io.finesseacceptance.load;

import io.finesseacceptance.settings.LabSettings;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jmeter.engine.RemoteJMeterEngineImpl;
import org.apache.jmeter.util.JMeterUtils;
import org.apache.jorphan.collections.ListedHashTree;
import us.abstracta.jmeter.javadsl.core.engines.JmeterEnvironment;

/**
 * A JMeter server ({@code jmeter-server}: JMeter's own RMI remote engine, in this JVM so that the plan's
 * Java sampler finds the suite's classes) for one injector's {@link InjectorSlice}: it opens the slice's
 * sessions, sets the JMeter property {@value VirtualAgentPlan#SLICE_SIZE_PROPERTY} to the slice's size
 * (the plan's thread count), registers with RMI and runs the one test a {@link LoadController} sends it.
 * When the test has ended it writes the slice's files, as {@link LoadInjector} does, and exits: 0 when every
 * count is right, 1 when not, 2 when no test ended within {@code load.serverWaitMinutes}.
 */
public final class LoadServer {

    private static final Duration CONTROLLER_TOLD = Duration.ofMinutes(1);

    private LoadServer() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(serve(LoadInjector.confirmedLab(), System.getProperties(), System.out));
    }

    static int serve(LabSettings settings, Properties properties, PrintStream out) throws Exception {
        int port = LoadPlan.number(properties, "load.serverPort", 1099);
        Duration wait = Duration.ofMinutes(LoadPlan.number(properties, "load.serverWaitMinutes", 30));
        String host = RmiAddress.bind();
        JmeterEnvironment jmeter = new JmeterEnvironment();
        jmeter.updateSearchPath(new ListedHashTree()); // JMeter's functions, for the plan's ${__P(...)}
        JMeterUtils.setProperty("server.rmi.ssl.disable", properties.getProperty("load.rmiSslDisable", "true"));
        JMeterUtils.setProperty("server.rmi.localport", properties.getProperty("load.serverLocalPort", "0"));
        try (InjectorSlice slice = InjectorSlice.open(settings, properties).install()) {
            if (slice.size() == 0) {
                out.printf("LoadServer: injector %d of %d has no agents (load.agents=%d)%n",
                        slice.injector(), slice.injectors(), slice.plan().agents());
                return 1;
            }
            JMeterUtils.setProperty(VirtualAgentPlan.SLICE_SIZE_PROPERTY, Integer.toString(slice.size()));
            RemoteJMeterEngineImpl.startServer(port);
            out.printf("LoadServer ready: injector %d of %d, %d agents with sessions open%s; JMeter server %s:%d;"
                            + " waiting up to %d min for the controller's test%n", slice.injector(), slice.injectors(),
                    slice.size(), slice.describeSides(), host, port, wait.toMinutes());
            Thread engine;
            try {
                engine = slice.finishedBy().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException noTest) {
                out.printf("LoadServer: no test ended within %d min; sessions closed%n", wait.toMinutes());
                return 2;
            } catch (ExecutionException impossible) {
                throw new IllegalStateException(impossible.getCause());
            }
            // the engine's thread goes on to tell the controller the test ended: let it, then leave
            engine.join(CONTROLLER_TOLD.toMillis());
            InjectorResult result = slice.finish();
            List<String> problems = result.problems();
            out.printf("LoadServer injector %d: test ended; %s; written to %s%s%n",
                    slice.injector(), result.afterwards(), slice.plan().outputDir().toAbsolutePath(),
                    problems.isEmpty() ? "" : "; problems: " + String.join("; ", problems));
            return problems.isEmpty() ? 0 : 1;
        }
    }
}
