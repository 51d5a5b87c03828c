package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.known.KnownRules;
import app.fiv.known.RulesFile;
import app.fiv.known.RulesFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --known} and {@code --hide-known}: mark or leave out the known failures of a rules file. */
final class KnownOptions {
    @Option(names = "--known", paramLabel = "<rules.json>", order = 34,
            description = {"add a first column \"known\": the note of the known failure each row is (empty otherwise),"
                    + " from a rules file as the app exports it (Job > Known failures... > Export)"})
    Path rulesFile;

    @Option(names = "--hide-known", order = 35, description = "leave out the rows that are known failures of --known")
    boolean hideKnown;

    /** The rules and what to do with them, or null without --known; a file that cannot be read is a usage error. */
    KnownFilter filter() throws ApiException {
        if (rulesFile == null) {
            if (hideKnown) {
                throw UsageErrors.invalid("--hide-known needs the known failures: give --known <rules.json>.");
            }
            return null;
        }
        try {
            return new KnownFilter(KnownRules.of(RulesFile.read(rulesFile)), hideKnown);
        } catch (RulesFileException e) {
            throw UsageErrors.invalid(e.getMessage());
        }
    }

    /** Checked known failures: the rules, and whether their rows are left out rather than marked. */
    record KnownFilter(KnownRules rules, boolean hide) {
    }
}
