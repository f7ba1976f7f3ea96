// Command sigflood is a test tool: it floods a process with SIGINT and
// SIGTERM, both process-directed (kill) and directed at each of its threads
// (tgkill), until the process is gone or the time is up, then prints how
// many signals it sent.
//
//	sigflood -pid 1234 -for 3s
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"
)

func main() {
	pid := flag.Int("pid", 0, "the process to flood")
	limit := flag.Duration("for", 3*time.Second, "how long to flood at most")
	flag.Parse()
	if *pid <= 0 {
		fmt.Fprintln(os.Stderr, "sigflood: -pid is required")
		os.Exit(2)
	}
	sent := 0
	for deadline := time.Now().Add(*limit); time.Now().Before(deadline); {
		tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", *pid))
		if err != nil {
			break // the process is gone
		}
		for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
			if syscall.Kill(*pid, sig) == nil {
				sent++
			}
			for _, task := range tasks {
				tid, err := strconv.Atoi(task.Name())
				if err == nil && syscall.Tgkill(*pid, tid, sig) == nil {
					sent++
				}
			}
		}
		time.Sleep(20 * time.Microsecond)
	}
	fmt.Println(sent)
}
