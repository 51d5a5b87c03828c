package app.fiv.cli;

import app.fiv.demo.DemoCommServe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A terminal in a test: it answers the password and one yes/no question, and records what it was asked. */
final class TerminalAnswers implements CliEnvironment.PasswordPrompt {
    final List<String> questions = new ArrayList<>();
    private final Optional<Boolean> answer;

    /** @param answer true for yes, false for no, empty for no answer at all (end of input) */
    TerminalAnswers(Optional<Boolean> answer) {
        this.answer = answer;
    }

    @Override
    public Optional<char[]> ask(String question) {
        questions.add(question);
        return Optional.of(DemoCommServe.PASSWORD.toCharArray());
    }

    @Override
    public Optional<Boolean> confirm(String question) {
        questions.add(question);
        return answer;
    }

    /** The yes/no questions only. */
    List<String> confirmations() {
        return questions.stream().filter(q -> q.endsWith("[y/N] ")).toList();
    }
}
