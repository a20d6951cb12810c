package org.outreachplanner.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's DataSource, on the database that {@link Database#prepare} made ready, logged in
 * as the application's role; Flyway logs in as the schema owner and then grants the application its
 * rights ({@link AppRoleGrants}).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

  @Bean
  DatabaseLogins databaseLogins() {
    return Database.prepareLogins(PostgresSettings.fromEnvironment());
  }

  @Bean
  ConnectionInfo connectionInfo(DatabaseLogins logins) {
    return logins.app();
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

  /** Migrations run as the schema owner, which grants the application's login after each. */
  @Bean
  FlywayConfigurationCustomizer migrateAsOwner(DatabaseLogins logins) {
    return configuration -> {
      if (logins.separateOwner()) {
        ConnectionInfo owner = logins.owner();
        configuration
            .dataSource(owner.jdbcUrl(), owner.user(), owner.password())
            .callbacks(new AppRoleGrants(logins.app().user()));
      }
    };
  }
}
