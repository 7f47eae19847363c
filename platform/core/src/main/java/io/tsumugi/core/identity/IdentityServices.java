package io.tsumugi.core.identity;

import io.tsumugi.core.config.PlatformSettings;
import io.tsumugi.core.security.PasswordHashing;
import io.tsumugi.core.startup.PlatformDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;

/** The identity services on the platform data source, with the settings of this server. */
@ApplicationScoped
public class IdentityServices {

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private PasswordHashing passwords;

  private SecuritySettings settings;
  private LoginLockout lockout;

  @PostConstruct
  void configure() {
    settings = SecuritySettings.from(PlatformSettings.fromRuntime());
    lockout =
        new LoginLockout(dataSource, settings.maxFailures(), settings.lockFor(), Clock.systemUTC());
  }

  public SecuritySettings settings() {
    return settings;
  }

  public Users users() {
    return new Users(dataSource, settings.policy(), passwords::hash);
  }

  public Departments departments() {
    return new Departments(dataSource);
  }

  public Roles roles() {
    return new Roles(dataSource);
  }

  public LoginLockout lockout() {
    return lockout;
  }

  public LoginAudit loginAudit() {
    return new LoginAudit(dataSource);
  }
}
