package cn.duban.system;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统管理 → 备份 (system administrator only, by the security configuration): where backups go,
 * how many are kept, the recent runs, and 立即备份. The JSON twin is {@code /api/admin/backups}.
 */
@Controller
class BackupController {

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    record Overview(String folder, int keep, String schedule, List<Backups.BackupRun> runs) {
    }

    private Overview overview() {
        return new Overview(backups.folder().toString(), backups.keep(), "每日 02:30（北京时间）", backups.recent());
    }

    @GetMapping("/admin/backups")
    String page(Model model) {
        model.addAttribute("overview", overview());
        return "system/backups";
    }

    @PostMapping("/admin/backups")
    String now(RedirectAttributes redirect) {
        try {
            Backups.BackupRun run = backups.backUpNow();
            redirect.addFlashAttribute("done", "已备份到 " + run.folder() + "（" + run.tables() + " 张表，" + run.rows() + " 行）");
        } catch (BackupFormat.BackupRefused | IllegalStateException e) {
            redirect.addFlashAttribute("failed", e.getMessage());
        }
        return "redirect:/admin/backups";
    }

    @Operation(summary = "备份设置与最近的备份记录（系统管理员）")
    @GetMapping(path = "/api/admin/backups", produces = "application/json")
    @ResponseBody
    Overview list() {
        return overview();
    }

    @Operation(summary = "立即备份（系统管理员）：写入备份目录，返回本次记录；另一备份进行中时 409")
    @PostMapping(path = "/api/admin/backups", produces = "application/json")
    @ResponseBody
    ResponseEntity<Object> backUp() {
        return ResponseEntity.status(HttpStatus.CREATED).body(backups.backUpNow());
    }
}
