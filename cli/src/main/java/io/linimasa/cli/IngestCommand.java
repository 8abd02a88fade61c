package io.linimasa.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code linimasa ingest PATH...}: crawled pages into ingest through its batch endpoint. */
@Command(name = "linimasa ingest", sortOptions = false,
        description = {"Sends the pages of WARC files (.warc, .warc.gz, WET), NDJSON article lines (.ndjson, .jsonl),",
            "text (.txt) and HTML (.html) files, or of folders of them, to ingest's batch endpoint.",
            "Accepted pages are written to a journal in --state: run the same command again to go on after an interruption.",
            "Exit code: 0 all taken (pages without an article aside), 1 something refused, 3 stopped (see the message)."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
    boolean help;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8081", description = "ingest-service (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token", defaultValue = "${env:LINIMASA_TOKEN}", description = "bearer token with the role ingest (default: $LINIMASA_TOKEN)")
    String token;

    @Option(names = "--state", defaultValue = ".linimasa/ingest", description = "folder of the journal and the refusals (default: ${DEFAULT-VALUE})")
    Path state;

    @Option(names = "--senders", defaultValue = "4", description = "batches in flight at once (default: ${DEFAULT-VALUE}; ingest takes 4 by default)")
    int senders;

    @Option(names = "--batch", defaultValue = "100", description = "pages a batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--max-article-bytes", defaultValue = "4194304",
            description = "pages larger than this are refused without sending (default: ${DEFAULT-VALUE}, ingest's own limit)")
    long maxArticleBytes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no token: give --token or set LINIMASA_TOKEN (./linimasa token | tail -n 1)");
        }
        if (senders < 1 || batch < 1 || maxArticleBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--senders, --batch and --max-article-bytes take positive numbers");
        }
        // a batch stays well under ingest's 60 MB batch limit, whatever the pages
        IngestRun.Settings settings = new IngestRun.Settings(senders, batch, 8L * 1024 * 1024, maxArticleBytes, state.toAbsolutePath(),
                System.console() != null);
        BatchClient client = new BatchClient(url, token.strip(), duration -> Thread.sleep(duration.toMillis()));
        return new IngestRun(settings, client, System.out, System.err).run(paths);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestCommand()).execute(args));
    }
}
