package cn.duban.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** Until the ledger lands, the reader is where work starts. */
    @GetMapping("/")
    String home() {
        return "redirect:/extract";
    }
}
