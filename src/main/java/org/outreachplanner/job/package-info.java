/**
 * Work shared by any number of application instances through the database: tasks of db-scheduler in
 * the table {@code scheduled_tasks}, claimed by the instances whose workers are on ({@code outreach
 * worker}, {@code outreach serve}); a task whose instance stops beating is taken over by another.
 * The features define their tasks; this package knows none of them.
 */
package org.outreachplanner.job;
