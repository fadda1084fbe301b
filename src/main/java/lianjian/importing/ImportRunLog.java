package lianjian.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import lianjian.importing.receipt.Outcome;

/**
 * What the import step of the current run did, for the summary the command prints and its exit
 * status; with the rejections of unfinished earlier runs that this run completes.
 */
@Component
public class ImportRunLog {

    private final List<ImportResult> results = new ArrayList<>();
    private final List<Path> stillBeingWritten = new ArrayList<>();
    private final List<String> earlierRejections = new ArrayList<>();

    public synchronized void reset() {
        results.clear();
        stillBeingWritten.clear();
        earlierRejections.clear();
    }

    /**
     * Files rejected by earlier runs that never completed (killed or failed): this run finishes their
     * work, so its exit status and summary report them too.
     */
    public synchronized void earlierRejections(List<String> fileNames) { earlierRejections.addAll(fileNames); }

    public synchronized List<String> earlierRejections() { return List.copyOf(earlierRejections); }

    public synchronized void add(ImportResult r) { results.add(r); }

    public synchronized void stillBeingWritten(List<Path> files) { stillBeingWritten.addAll(files); }

    public synchronized List<ImportResult> results() { return List.copyOf(results); }

    public synchronized List<Path> stillBeingWritten() { return List.copyOf(stillBeingWritten); }

    public synchronized boolean anyRejected() {
        return results.stream().anyMatch(r -> r.outcome() == Outcome.REJECTED);
    }
}
