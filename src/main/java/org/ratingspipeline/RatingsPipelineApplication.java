package org.ratingspipeline;

import java.util.Arrays;
import org.ratingspipeline.job.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RatingsPipelineApplication {

    public static void main(String[] args) {
        // --help needs no database: answer it before Spring starts.
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(CommandLine.usage());
            return;
        }
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(RatingsPipelineApplication.class, args);
        } catch (SpringApplication.AbandonedRunException e) {
            // the build's ahead-of-time processing stops the application here on purpose
            throw e;
        } catch (RuntimeException e) {
            System.err.println("ratings-pipeline: could not start: " + CommandLine.rootMessage(e));
            System.exit(CommandLine.EXIT_FAILED);
            return;
        }
        System.exit(SpringApplication.exit(context));
    }
}
