package cn.duban;

import cn.duban.extract.ExtractCommand;
import cn.duban.system.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DubanApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("extract")) {
            // The reader on the command line needs neither the web server nor the database.
            System.exit(ExtractCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            System.exit(BackupCommand.run(DubanApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(DubanApplication.class, args);
    }
}
