package io.finesseacceptance.load;

import org.apache.jmeter.config.Arguments;
import org.apache.jmeter.protocol.java.sampler.AbstractJavaSamplerClient;
import org.apache.jmeter.protocol.java.sampler.JavaSamplerContext;
import org.apache.jmeter.samplers.SampleResult;

/**
 * A JMeter Java sampler: one step ({@code transition}, a {@link Transition} name) of the virtual agent that
 * the JMeter thread drives (thread number n: agent n of this JVM's {@link InjectorSlice}). The sample lasts
 * from the PUT to the step's notification and fails when the step is not confirmed. A Java sampler is a
 * class name and string arguments, so the plan that names it can travel to a JMeter server over RMI; the
 * server's own slice and sessions do the work there. At the end of the test JMeter calls
 * {@link #teardownTest} on the engine's thread before it tells the controller, which writes the slice's files.
 */
public final class VirtualAgentSampler extends AbstractJavaSamplerClient {

    static final String TRANSITION = "transition";

    @Override
    public Arguments getDefaultParameters() {
        Arguments arguments = new Arguments();
        arguments.addArgument(TRANSITION, Transition.SIGN_IN.name());
        return arguments;
    }

    @Override
    public SampleResult runTest(JavaSamplerContext context) {
        InjectorSlice slice = InjectorSlice.installed();
        Transition transition = Transition.valueOf(context.getParameter(TRANSITION));
        SampleResult result = new SampleResult();
        result.setSampleLabel(transition.label());
        int thread = context.getJMeterContext().getThreadNum();
        if (thread >= slice.size()) {
            result.setSuccessful(false);
            result.setResponseCode("no agent");
            result.setResponseMessage("JMeter thread " + thread + " but this injector has " + slice.size() + " agents");
            return result;
        }
        result.sampleStart();
        boolean confirmed = slice.agent(thread)
                .perform(transition, slice.stats(thread, transition), slice.plan().notificationTimeout()).join();
        result.sampleEnd();
        result.setSuccessful(confirmed);
        result.setResponseCode(confirmed ? "202" : "failed");
        result.setResponseMessage(confirmed ? "confirmed by its notification" : "not confirmed");
        return result;
    }

    @Override
    public void teardownTest(JavaSamplerContext context) {
        try {
            InjectorSlice.installed().finish();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
