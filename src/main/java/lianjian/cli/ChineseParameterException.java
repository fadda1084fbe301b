package lianjian.cli;

import picocli.CommandLine;

/** A wrong argument found by our own code: its message is already the Chinese sentence to show. */
class ChineseParameterException extends CommandLine.ParameterException {
    ChineseParameterException(CommandLine cl, String message) { super(cl, message); }
}
