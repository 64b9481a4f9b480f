package dev.stride.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StrideApplication {

    public static void main(String[] args) {
        SpringApplication.run(StrideApplication.class, args);
    }
}
