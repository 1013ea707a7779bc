package io.finesseacceptance.load;

import org.apache.jmeter.config.Arguments;
import org.apache.jmeter.protocol.java.control.gui.JavaTestSamplerGui;
import org.apache.jmeter.protocol.java.sampler.JavaSampler;
import org.apache.jmeter.testelement.TestElement;
import us.abstracta.jmeter.javadsl.core.samplers.BaseSampler;

/**
 * The plan's element for one step of a virtual agent: JMeter's own Java Request sampler naming
 * {@link VirtualAgentSampler} and the transition (jmeter-java-dsl has no Java Request element of its own).
 */
final class DslVirtualAgentSampler extends BaseSampler<DslVirtualAgentSampler> {

    private final Transition transition;

    DslVirtualAgentSampler(Transition transition) {
        super(transition.label(), JavaTestSamplerGui.class);
        this.transition = transition;
    }

    @Override
    protected TestElement buildTestElement() {
        JavaSampler sampler = new JavaSampler();
        sampler.setClassname(VirtualAgentSampler.class.getName());
        Arguments arguments = new Arguments();
        arguments.addArgument(VirtualAgentSampler.TRANSITION, transition.name());
        sampler.setArguments(arguments);
        return sampler;
    }
}
