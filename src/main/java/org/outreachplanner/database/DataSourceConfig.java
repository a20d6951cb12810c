package org.outreachplanner.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's DataSource, on the database that {@link Database#prepare} made ready. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

  @Bean
  ConnectionInfo connectionInfo() {
    return Database.prepare(PostgresSettings.fromEnvironment());
  }

  @Bean
  DataSource dataSource(
      ConnectionInfo info,
      @Value("${outreach.db.pool-size:10}") int poolSize,
      @Value("${outreach.db.statement-timeout:120s}") java.time.Duration statementTimeout) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(info.jdbcUrl());
    config.setUsername(info.user());
    config.setPassword(info.password());
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("outreach");
    config.addDataSourceProperty("ApplicationName", Database.applicationName());
    config.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
    return new HikariDataSource(config);
  }
}
