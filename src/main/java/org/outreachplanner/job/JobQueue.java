package org.outreachplanner.job;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Submits tasks to the table every worker claims from. A task submitted inside a transaction is
 * written by it (committed or rolled back with the rest), so a request and its task are never
 * stored one without the other. Instances whose workers are off submit all the same.
 *
 * <p>Instances share the tasks of one queue ({@code outreach.workers.queue}, none by default): a
 * task's name carries the queue, and a worker runs only the tasks whose names it knows, so
 * instances of another queue on the same database leave them alone.
 */
@Component
public class JobQueue {

  private final SchedulerClient client;
  private final String queue;

  JobQueue(DataSource dataSource, @Value("${outreach.workers.queue:}") String queue) {
    this.queue = queue.strip();
    this.client =
        SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource)).build();
  }

  /** The task of this name in this instance's queue. */
  public <T> TaskDescriptor<T> task(String name, Class<T> data) {
    return TaskDescriptor.of(queue.isEmpty() ? name : name + "@" + queue, data);
  }

  /** Adds the task {@code id} with its data, due now; the first free worker runs it. */
  public <T> void submit(TaskDescriptor<T> task, String id, T data) {
    client.schedule(task.instance(id).data(data).scheduledTo(Instant.now()));
  }
}
