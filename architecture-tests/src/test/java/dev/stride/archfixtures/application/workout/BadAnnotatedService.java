package dev.stride.archfixtures.application.workout;

import org.springframework.stereotype.Service;

@Service
public final class BadAnnotatedService {
}
