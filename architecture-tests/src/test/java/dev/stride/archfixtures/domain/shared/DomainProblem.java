package dev.stride.archfixtures.domain.shared;

public class DomainProblem extends RuntimeException {

    public DomainProblem(String message) {
        super(message);
    }
}
