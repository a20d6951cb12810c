package org.outreachplanner.vrppeers;

import java.util.List;
import org.outreachplanner.vrpbench.VrpSuiteOptions;

/**
 * The routing benchmark with the peers: our solver, jsprit and OR-Tools on the same instances, the
 * same time limit, one thread each, one after another in one run. Options as {@link
 * VrpSuiteOptions}; {@code --peers none} runs ours alone.
 */
public final class PeersMain {

  private PeersMain() {}

  public static void main(String[] args) {
    VrpSuiteOptions options = VrpSuiteOptions.parse(args);
    options.run(options.peers() ? List.of(new JspritPeer(), new OrToolsPeer()) : List.of());
  }
}
