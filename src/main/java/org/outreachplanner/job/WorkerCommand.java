package org.outreachplanner.job;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.outreachplanner.ProcessOwner;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;

/**
 * {@code outreach worker}: an instance that serves nothing and only claims tasks (solves) from the
 * database, as many at once as its limits allow, until it is stopped (docs/deployment.md).
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Claim and run solves from the database until stopped; any number of workers on any number"
          + " of machines share them (docs/deployment.md).",
      "Limits: outreach.workers.tasks, outreach.workers.solver-threads,"
          + " outreach.workers.memory-per-task-mb (application.properties)."
    })
public class WorkerCommand implements Callable<Integer> {

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    try (ConfigurableApplicationContext context = SpringContexts.batchWorker()) {
      context.addApplicationListener(
          event -> {
            if (event instanceof ContextClosedEvent) {
              closed.countDown();
            }
          });
      DbSchedulerProperties limits = context.getBean(DbSchedulerProperties.class);
      ProcessOwner me = ProcessOwner.CURRENT;
      System.out.printf(
          "Worker %s (process %d on %s) is claiming tasks, %d at once; Ctrl+C to stop.%n",
          me.instance(), me.pid(), me.host(), limits.getThreads());
      System.out.flush();
      closed.await();
    }
    return 0;
  }
}
