package lianjian;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import lianjian.cli.LianjianCommand;
import lianjian.config.LianjianProperties;

/**
 * 联监 Lianjian. The command line (picocli) parses arguments first and starts this Spring context
 * only for the subcommand that needs it, so {@code --help} is instant.
 */
@SpringBootApplication
@EnableConfigurationProperties(LianjianProperties.class)
public class LianjianApplication {

    public static void main(String[] args) {
        System.exit(LianjianCommand.execute(args));
    }
}
