package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"gbo/graph/locale"
)

// serveIdle is how long gbo serve waits for a request before it stops.
const serveIdle = time.Hour

func serveCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "serve",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "port"},
			&cli.BoolFlag{Name: "no-open"},
			&cli.Uint64Flag{Name: "max-upload-mb", Value: defaultUpload >> 20},
			pseudonymKeyFlag(),
		},
		Action: func(c *cli.Context) error {
			if err := checkLang(c.String("lang")); err != nil {
				return err
			}
			lang := langOf(c.String("lang"), nil)
			if c.Args().Len() > 0 {
				return usageErr(tr(lang, "too_many_args", c.Args().Len(), c.Args().Slice()))
			}
			port := c.Int("port")
			if port < 0 || port > 65535 {
				return usageErr(serveT(lang, "bad_port", port))
			}
			mb := c.Uint64("max-upload-mb")
			if mb < minUploadMiB || mb > maxUploadMiB {
				return usageErr(serveT(lang, "bad_max_upload", minUploadMiB, maxUploadMiB))
			}
			s, err := newServer(serveOptions{lang: lang, maxUpload: int64(mb) << 20, keyFile: c.String("pseudonym-key")})
			if err != nil {
				return failErr(err.Error())
			}
			lns, err := listenLoopback(port)
			if err != nil {
				return failErr(serveT(lang, "cannot_listen", port, err))
			}
			s.port = lns[0].Addr().(*net.TCPAddr).Port
			url := s.url()
			fmt.Fprintln(e.stdout, url)
			fmt.Fprintln(e.stderr, serveT(lang, "started"))
			if !c.Bool("no-open") {
				if err := openBrowser(url); err != nil {
					fmt.Fprintln(e.stderr, serveT(lang, "cannot_open_browser"))
				}
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return s.serve(ctx, lns)
		},
	}
}

// serveT is the serve area's message key in lang (serve.LANG.toml).
func serveT(lang, key string, args ...any) string {
	return locale.T(lang, "serve."+key, args...)
}

// listenLoopback listens on 127.0.0.1:port (a free port for 0) and, where
// the system has IPv6, on [::1] at the same port. Never on any other
// address.
func listenLoopback(port int) ([]net.Listener, error) {
	l4, err := net.Listen("tcp4", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return nil, err
	}
	lns := []net.Listener{l4}
	p := l4.Addr().(*net.TCPAddr).Port
	if l6, err := net.Listen("tcp6", net.JoinHostPort("::1", strconv.Itoa(p))); err == nil {
		lns = append(lns, l6)
	}
	return lns, nil
}

// openBrowser opens url in the user's browser without waiting for it.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() //nolint:errcheck // the browser's opener says nothing we need
	return nil
}

// serveOptions are gbo serve's settings.
type serveOptions struct {
	lang      string // the page's first language
	maxUpload int64  // bytes of one request's body
	keyFile   string // --pseudonym-key, "" for the user's own key
	idle      time.Duration
}

// server is one run of gbo serve: its token, its port once listening, and
// the reports shown on the page.
type server struct {
	opt   serveOptions
	token string
	port  int
	// memKey is the pseudonym key used when the user has none yet: drawn
	// at start, held in memory only.
	memKey []byte
	// run serialises analyses: one at a time.
	run sync.Mutex
	// views are the reports the page shows in its frame, newest last.
	viewMu sync.Mutex
	views  []view
	// last is when the last request came (unix nanoseconds).
	lastMu sync.Mutex
	last   time.Time
}

type view struct {
	id   string
	html []byte
	csp  string
}

// maxViews is how many reports are kept for the page's frame; an older one
// is dropped.
const maxViews = 4

func newServer(opt serveOptions) (*server, error) {
	if opt.lang == "" {
		opt.lang = "en"
	}
	if opt.maxUpload <= 0 {
		opt.maxUpload = defaultUpload
	}
	if opt.idle <= 0 {
		opt.idle = serveIdle
	}
	var tok [16]byte
	if _, err := rand.Read(tok[:]); err != nil {
		return nil, err
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return &server{opt: opt, token: hex.EncodeToString(tok[:]), memKey: key, last: time.Now()}, nil
}

// url is the address printed and opened: the page with the token.
func (s *server) url() string {
	return fmt.Sprintf("http://127.0.0.1:%d/?token=%s", s.port, s.token)
}

// serve answers on lns until ctx ends or the server has been idle for
// opt.idle; then it closes every listener and connection. The reports held
// in memory go with the process.
func (s *server) serve(ctx context.Context, lns []net.Listener) error {
	hs := &http.Server{Handler: s, ReadHeaderTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute,
		MaxHeaderBytes: 64 << 10, ErrorLog: nil}
	errc := make(chan error, len(lns))
	for _, ln := range lns {
		go func(ln net.Listener) { errc <- hs.Serve(ln) }(ln)
	}
	tick := time.NewTicker(min(time.Minute, s.opt.idle/4+time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return s.stop(hs)
		case err := <-errc:
			if !errors.Is(err, http.ErrServerClosed) {
				_ = s.stop(hs)
				return failErr(err.Error())
			}
		case <-tick.C:
			if s.idleFor() >= s.opt.idle {
				return s.stop(hs)
			}
		}
	}
}

func (s *server) stop(hs *http.Server) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(ctx)
	s.viewMu.Lock()
	s.views = nil
	s.viewMu.Unlock()
	return nil
}

func (s *server) touch() {
	s.lastMu.Lock()
	s.last = time.Now()
	s.lastMu.Unlock()
}

func (s *server) idleFor() time.Duration {
	s.lastMu.Lock()
	defer s.lastMu.Unlock()
	return time.Since(s.last)
}
