package org.newsroom;

import java.util.Arrays;
import org.newsroom.media.MediaCopy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsroomApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(MediaCopy.COMMAND)) {
            System.exit(MediaCopy.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(NewsroomApplication.class, args);
    }
}
