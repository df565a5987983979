package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/net/netutil"

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
			// lang is the window's language for errors; win the languages
			// of its messages (more than one without --lang and without
			// a language in the environment).
			win := windowLangs(c.String("lang"), os.Getenv)
			lang := win[0]
			if len(win) > 1 {
				lang = locale.Default
			}
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
			s, err := newServer(serveOptions{lang: langOf(c.String("lang"), nil), browserLang: c.String("lang") == "", say: win,
				maxUpload: int64(mb) << 20, keyFile: c.String("pseudonym-key"), log: e.stderr})
			if err != nil {
				return failErr(err.Error())
			}
			lns, err := listenLoopback(port)
			if err != nil {
				return failErr(serveT(lang, "cannot_listen", port, err))
			}
			s.port = lns[0].Addr().(*net.TCPAddr).Port
			fmt.Fprintln(e.stdout, s.url())
			sayIn(e.stderr, win, "started")
			if !c.Bool("no-open") {
				if err := s.openPage(startDetached); err != nil {
					sayIn(e.stderr, win, "cannot_open_browser")
				}
			}
			// SIGHUP is the launcher's window closing: a stop like Ctrl-C.
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
			defer stop()
			return s.serve(ctx, lns)
		},
	}
}

// serveT is the serve area's message key in lang (serve.LANG.toml).
func serveT(lang, key string, args ...any) string {
	return locale.T(lang, "serve."+key, args...)
}

// listenLoopback listens on 127.0.0.1:port (a free port for 0) and, when
// the system has IPv6 (a listener on [::1] port 0 can be made), on [::1]
// at the same port: then a port whose ::1 side is taken (by another user,
// who would receive the requests to localhost) is an error for a port
// given, and for a free port another port is tried (at most listenTries).
// Never on any other address.
func listenLoopback(port int) ([]net.Listener, error) {
	return listenLoopbackWith(net.Listen, port)
}

// listenTries is how many free ports listenLoopback tries before it gives
// up on finding one free on both 127.0.0.1 and ::1.
const listenTries = 20

// listenLoopbackWith is listenLoopback with listen in place of net.Listen.
func listenLoopbackWith(listen func(network, addr string) (net.Listener, error), port int) ([]net.Listener, error) {
	has6 := false
	if l, err := listen("tcp6", "[::1]:0"); err == nil {
		has6 = true
		_ = l.Close()
	}
	tries := 1
	if port == 0 {
		tries = listenTries
	}
	var err6 error
	for range tries {
		l4, err := listen("tcp4", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
		if err != nil {
			return nil, err
		}
		if !has6 {
			return []net.Listener{l4}, nil
		}
		p := l4.Addr().(*net.TCPAddr).Port
		l6, err := listen("tcp6", net.JoinHostPort("::1", strconv.Itoa(p)))
		if err == nil {
			return []net.Listener{l4, l6}, nil
		}
		_ = l4.Close()
		err6 = err
	}
	return nil, err6
}

// startDetached starts a program without waiting for it.
func startDetached(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() //nolint:errcheck // the browser's opener says nothing we need
	return nil
}

// browserCommand is the command line that opens a file or address in the
// user's browser: the Windows shell, open on macOS, xdg-open elsewhere.
func browserCommand(target string) (string, []string) {
	switch runtime.GOOS {
	case "windows":
		return "rundll32", []string{"url.dll,FileProtocolHandler", target}
	case "darwin":
		return "open", []string{target}
	default:
		return "xdg-open", []string{target}
	}
}

// serveOptions are gbo serve's settings. The durations are 0 for their
// defaults (tests make them short).
type serveOptions struct {
	lang string // the page's first language (--lang; "" for English)
	// browserLang: no --lang was given, so a page or answer asked for
	// without ?lang= is in the browser's language (Accept-Language).
	browserLang bool
	say         []string // the window's languages (windowLangs); nil for lang
	maxUpload   int64    // bytes of one request's body
	keyFile     string   // --pseudonym-key, "" for the user's own key
	idle        time.Duration
	log         io.Writer // where warnings go (standard error); nil for none

	headerTime time.Duration // ReadHeaderTimeout (serveHeaderTime)
	bodyBase   time.Duration // an upload's read deadline before its size is counted (serveBodyBase)
	connIdle   time.Duration // IdleTimeout of a kept-alive connection (serveConnIdle)
	openLife   time.Duration // how long the browser's redirect file lives (serveOpenLife)
}

// The server's time limits: a request's header must arrive within
// serveHeaderTime; an upload's body within serveBodyBase plus a second
// per serveBodyRate bytes of its size (of --max-upload-mb when it gives
// none), counted from when its turn to run comes; its answer within
// serveWriteTime after that; any other request within serveReadTime and
// serveWriteTime. A kept-alive connection is closed after serveConnIdle
// without a request; at most serveMaxConns connections are open on each
// address at once (more wait). A refused request (403, 421) closes its
// connection at once, unread; every other answer to a request without
// the token (the bare page, /view/ID) closes it after the answer, so
// only the token keeps a connection open. On Linux a connection from
// another user's socket is closed at accept (ownPeersOnly).
const (
	serveHeaderTime = 10 * time.Second
	serveReadTime   = time.Minute
	serveWriteTime  = 10 * time.Minute
	serveBodyBase   = 30 * time.Second
	serveBodyRate   = 1 << 20 // bytes a second
	serveConnIdle   = time.Minute
	serveMaxConns   = 64
	serveOpenLife   = 30 * time.Second
	// viewLife is how long a report stays at its /view/ID address.
	viewLife = 30 * time.Minute
)

// server is one run of gbo serve: its token, its run id, its port once
// listening, and the reports shown on the page.
type server struct {
	opt   serveOptions
	token string
	// runSecret names this start of the server to its page: /api/alive
	// answers it (with the token only); the page holds runHash, its
	// SHA-256 in hex (embedded in the page given with the token, kept in
	// the tab's sessionStorage), and before every upload checks that
	// sha256(answer) == runHash. Nothing stored or embedded passes that
	// check: a program on the port once gbo has stopped, which may read
	// the storage of a tab reloaded onto it, cannot answer the secret, so
	// no other tab sends it anything.
	runSecret, runHash string
	port               int
	// memKey is the pseudonym key used when the user has none yet: drawn
	// at start, held in memory only.
	memKey []byte
	// run serialises the requests that read an upload or run a command:
	// one at a time, from before the upload is read to the answer.
	run sync.Mutex
	// views are the reports the page shows in its frame, newest last.
	viewMu sync.Mutex
	views  []view
	// last is when the last request came.
	lastMu sync.Mutex
	last   time.Time
	// tokenLoads counts the page loads with the token in the address.
	tokenLoads atomic.Int64
	// openDir is the private folder of the browser's redirect file, nil
	// when none was made; removed at stop, or on a signal (atSignal).
	openMu  sync.Mutex
	openDir *serveDir
}

type view struct {
	id   string
	html []byte
	csp  string
	made time.Time
}

// maxViews is how many reports are kept for the page's frame; an older one
// is dropped.
const maxViews = 4

func newServer(opt serveOptions) (*server, error) {
	if opt.lang == "" {
		opt.lang = locale.Default
	}
	if len(opt.say) == 0 {
		opt.say = []string{opt.lang}
	}
	if opt.maxUpload <= 0 {
		opt.maxUpload = defaultUpload
	}
	if opt.idle <= 0 {
		opt.idle = serveIdle
	}
	if opt.headerTime <= 0 {
		opt.headerTime = serveHeaderTime
	}
	if opt.bodyBase <= 0 {
		opt.bodyBase = serveBodyBase
	}
	if opt.connIdle <= 0 {
		opt.connIdle = serveConnIdle
	}
	if opt.openLife <= 0 {
		opt.openLife = serveOpenLife
	}
	if opt.log == nil {
		opt.log = io.Discard
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	secret := randomID()
	sum := sha256.Sum256([]byte(secret))
	return &server{opt: opt, token: randomID(), runSecret: secret, runHash: hex.EncodeToString(sum[:]), memKey: key, last: time.Now()}, nil
}

// url is the address printed and opened: the page with the token.
func (s *server) url() string {
	return fmt.Sprintf("http://127.0.0.1:%d/?token=%s", s.port, s.token)
}

// serve answers on lns until ctx ends or the server has been idle for
// opt.idle; then it closes every listener and connection. The reports held
// in memory go with the process.
func (s *server) serve(ctx context.Context, lns []net.Listener) error {
	hs := &http.Server{Handler: s, ReadHeaderTimeout: s.opt.headerTime, ReadTimeout: serveReadTime,
		WriteTimeout: serveWriteTime, IdleTimeout: s.opt.connIdle, MaxHeaderBytes: 64 << 10,
		ErrorLog: log.New(io.Discard, "", 0)}
	errc := make(chan error, len(lns))
	for _, ln := range lns {
		// The peer filter sits inside the limit: a connection of another
		// user is closed before it takes one of the serveMaxConns slots.
		go func(ln net.Listener) { errc <- hs.Serve(netutil.LimitListener(ownPeersOnly(ln), serveMaxConns)) }(ln)
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
	s.removeOpenDir()
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
