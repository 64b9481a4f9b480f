package dev.stride.bootstrap.event;

import dev.stride.application.event.EventSubscriber;
import dev.stride.application.event.UnitOfWork;
import dev.stride.domain.port.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Every write goes through the unit of work; whatever must follow a commit (cache, sessions, metrics) subscribes. */
@Configuration(proxyBeanMethods = false)
public class EventConfiguration {

    @Bean
    UnitOfWork unitOfWork(Transactions transactions, List<EventSubscriber> subscribers) {
        return new UnitOfWork(transactions, subscribers);
    }
}
