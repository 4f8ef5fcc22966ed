// A recording stand-in for the parts of Electron that Axis uses, so tests/boot can run the BUILT main process
// and preload under Node (the Electron binary cannot be downloaded everywhere). Every object is typed against
// Electron's own electron.d.ts (`satisfies Pick<…>`, `implements Pick<…>`), so a signature that changes in
// Electron breaks the type check here; a method the bundle calls that is missing here breaks the test. Where
// the order of a first start matters, it refuses as Electron does: no window, session or protocol handler
// before `ready`; no sandbox switch or privileged scheme after it; one handler per IPC channel. Everything the
// app asks for is recorded in order (`calls`), with whether `ready` had fired.
import { EventEmitter } from 'node:events';
import type * as E from 'electron';

export interface Call {
  what: string;
  afterReady: boolean;
  args: unknown[];
}

/** The frame an IPC message comes from: the page, a child frame inside it, or another site. */
export interface Frame {
  url: string;
  parent: Frame | null;
}

export interface FakeOptions {
  /** app.getPath('appData'); main sets userData inside it. */
  appData: string;
  /** app.getAppPath(): the folder holding out/ (and .electron-native/ while developing). */
  appPath: string;
  /** app.getPath('documents'), where save dialogs suggest a file. */
  documents: string;
}

function electronEvent<P extends object>(params: P): E.Event<P> & { prevented: boolean } {
  const event = { ...params, prevented: false, preventDefault: () => void (event.prevented = true) };
  return Object.defineProperty(event, 'defaultPrevented', { get: () => event.prevented }) as E.Event<P> & {
    prevented: boolean;
  };
}

export function createFakeElectron(options: FakeOptions) {
  const calls: Call[] = [];
  let isReady = false;
  const record = (what: string, ...args: unknown[]): void => void calls.push({ what, afterReady: isReady, args });
  const onlyAfterReady = (message: string): void => {
    if (!isReady) throw new Error(message);
  };

  let signalReady = (): void => undefined;
  const whenReady = new Promise<void>((resolve) => (signalReady = resolve));
  const paths = new Map<string, string>([
    ['appData', options.appData],
    ['documents', options.documents],
  ]);

  class FakeApp
    extends EventEmitter
    implements
      Pick<
        E.App,
        | 'isPackaged'
        | 'enableSandbox'
        | 'exit'
        | 'getAppPath'
        | 'getPath'
        | 'getSystemLocale'
        | 'getVersion'
        | 'quit'
        | 'requestSingleInstanceLock'
        | 'setAboutPanelOptions'
        | 'setPath'
        | 'showAboutPanel'
        | 'whenReady'
      >
  {
    readonly isPackaged = false;
    exitCode: number | null = null;
    enableSandbox(): void {
      if (isReady) throw new Error('app.enableSandbox() can only be called before app is ready');
      record('app.enableSandbox');
    }
    exit(exitCode = 0): void {
      record('app.exit', exitCode);
      this.exitCode = exitCode; // Electron skips before-quit and will-quit here
    }
    getAppPath = (): string => options.appPath;
    getPath(name: Parameters<E.App['getPath']>[0]): string {
      const found = paths.get(name);
      if (found === undefined) throw new Error(`Failed to get '${name}' path`);
      return found;
    }
    getSystemLocale = (): string => 'en-GB';
    getVersion = (): string => '0.1.0';
    quit(): void {
      record('app.quit');
      const before = electronEvent({});
      this.emit('before-quit', before);
      if (before.prevented) return;
      for (const win of windows) if (!win.isDestroyed()) win.destroy();
      this.emit('will-quit', electronEvent({}));
      this.emit('quit', electronEvent({}), 0);
    }
    requestSingleInstanceLock = (): boolean => true;
    setAboutPanelOptions(panel: E.AboutPanelOptionsOptions): void {
      record('app.setAboutPanelOptions', panel);
    }
    setPath(name: string, value: string): void {
      record('app.setPath', name, value);
      paths.set(name, value);
    }
    showAboutPanel = (): void => record('app.showAboutPanel');
    whenReady = (): Promise<void> => whenReady;
  }
  const app = new FakeApp();

  /** What printToPDF answers (Chromium's PDF in the real app). */
  const printer = { pdf: Buffer.alloc(0) };
  let nextContentsId = 1;
  class FakeWebContents
    extends EventEmitter
    implements Pick<E.WebContents, 'id' | 'getURL' | 'isDestroyed' | 'send' | 'setWindowOpenHandler' | 'printToPDF'>
  {
    readonly id = nextContentsId++;
    url = '';
    destroyed = false;
    windowOpenHandler: Parameters<E.WebContents['setWindowOpenHandler']>[0] | null = null;
    /** The page's side of IPC, once a preload runs in this contents. */
    page: FakeIpcRenderer | null = null;
    getURL = (): string => this.url;
    isDestroyed = (): boolean => this.destroyed;
    send(channel: string, ...args: unknown[]): void {
      record('webContents.send', channel, ...args);
      this.page?.emit(channel, { sender: this.page }, ...args);
    }
    setWindowOpenHandler(handler: Parameters<E.WebContents['setWindowOpenHandler']>[0]): void {
      this.windowOpenHandler = handler;
    }
    printToPDF(pdfOptions: E.PrintToPDFOptions): Promise<Buffer> {
      record('webContents.printToPDF', pdfOptions);
      return Promise.resolve(printer.pdf);
    }
  }

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow
    extends EventEmitter
    implements
      Pick<
        E.BrowserWindow,
        | 'loadURL'
        | 'show'
        | 'showInactive'
        | 'minimize'
        | 'isMinimized'
        | 'restore'
        | 'focus'
        | 'isDestroyed'
        | 'destroy'
      >
  {
    readonly webContents = new FakeWebContents();
    visible = false;
    minimized = false;
    destroyed = false;
    constructor(readonly options: E.BrowserWindowConstructorOptions = {}) {
      super();
      onlyAfterReady('Cannot create BrowserWindow before app is ready');
      record('new BrowserWindow', options);
      windows.push(this);
      app.emit('web-contents-created', electronEvent({}), this.webContents);
    }
    async loadURL(url: string, load?: E.LoadURLOptions): Promise<void> {
      record('loadURL', url, load);
      this.webContents.url = url;
      await new Promise((resolve) => setImmediate(resolve)); // Electron starts the navigation later
      this.webContents.emit('did-start-navigation', electronEvent({ url, isMainFrame: true, isSameDocument: false }));
    }
    show = (): void => void (this.visible = true);
    showInactive = (): void => void (this.visible = true);
    minimize = (): void => void (this.minimized = true);
    isMinimized = (): boolean => this.minimized;
    restore = (): void => void (this.minimized = false);
    focus = (): void => record('window.focus');
    isDestroyed = (): boolean => this.destroyed;
    destroy(): void {
      record('window.destroy');
      this.destroyed = this.webContents.destroyed = true;
      this.webContents.emit('destroyed');
      this.emit('closed');
    }
  }

  const protocolHandlers = new Map<string, Parameters<E.Protocol['handle']>[1]>();
  const protocol = {
    registerSchemesAsPrivileged(schemes: E.CustomScheme[]): void {
      if (isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      record('protocol.registerSchemesAsPrivileged', schemes);
    },
    handle(scheme: string, handler: Parameters<E.Protocol['handle']>[1]): void {
      onlyAfterReady('Session can only be received when app is ready'); // protocol.handle uses the default session
      record('protocol.handle', scheme);
      protocolHandlers.set(scheme, handler);
    },
  } satisfies Pick<E.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

  type Permissions = Parameters<E.Session['setPermissionRequestHandler']>[0];
  type BeforeRequest =
    ((details: E.OnBeforeRequestListenerDetails, callback: (response: E.CallbackResponse) => void) => void) | null;
  const hooks: { permission: Permissions; beforeRequest: BeforeRequest } = { permission: null, beforeRequest: null };
  const defaultSession = {
    setPermissionRequestHandler: (handler: Permissions) => void (hooks.permission = handler),
    setPermissionCheckHandler: (handler: Parameters<E.Session['setPermissionCheckHandler']>[0]) =>
      record('session.setPermissionCheckHandler', handler),
    setDevicePermissionHandler: (handler: Parameters<E.Session['setDevicePermissionHandler']>[0]) =>
      record('session.setDevicePermissionHandler', handler),
    setSpellCheckerEnabled: (enable: boolean) => record('session.setSpellCheckerEnabled', enable),
    webRequest: {
      onBeforeRequest(filterOrListener: E.WebRequestFilter | BeforeRequest, listener?: BeforeRequest): void {
        hooks.beforeRequest = listener ?? (typeof filterOrListener === 'function' ? filterOrListener : null);
      },
    },
  } satisfies Pick<
    E.Session,
    | 'setPermissionRequestHandler'
    | 'setPermissionCheckHandler'
    | 'setDevicePermissionHandler'
    | 'setSpellCheckerEnabled'
  > & { webRequest: Pick<E.WebRequest, 'onBeforeRequest'> };
  const session = {
    get defaultSession() {
      onlyAfterReady('Session can only be received when app is ready');
      return defaultSession;
    },
  };

  // on and removeListener are Node's EventEmitter, which IpcMain and IpcRenderer extend (their d.ts overrides
  // return the full interface as `this`, so they cannot be picked).
  type Handler = Parameters<E.IpcMain['handle']>[1];
  class FakeIpcMain extends EventEmitter implements Pick<E.IpcMain, 'handle' | 'removeHandler'> {
    readonly handlers = new Map<string, Handler>();
    handle(channel: string, handler: Handler): void {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      record('ipcMain.handle', channel);
      this.handlers.set(channel, handler);
    }
    removeHandler(channel: string): void {
      record('ipcMain.removeHandler', channel);
      this.handlers.delete(channel);
    }
    /** An `ipcRenderer.invoke` arriving from `frame` in `sender`. */
    async invoke(sender: FakeWebContents, frame: Frame, channel: string, ...args: unknown[]): Promise<unknown> {
      const handler = this.handlers.get(channel);
      if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered`);
      // The one cast: a real IpcMainInvokeEvent carries a WebContents and a WebFrameMain, of which main reads
      // only the fields given here (the type check of ipcBridge.ts keeps it to those).
      const event = { ...electronEvent({}), sender, senderFrame: frame, frameId: 1, processId: 1, type: 'frame' };
      return (await handler(event as unknown as E.IpcMainInvokeEvent, ...args)) as unknown;
    }
    /** An `ipcRenderer.send` arriving from `frame` in `sender`. */
    message(sender: FakeWebContents, frame: Frame, channel: string, ...args: unknown[]): void {
      this.emit(channel, { ...electronEvent({}), sender, senderFrame: frame }, ...args);
    }
  }
  const ipcMain = new FakeIpcMain();

  /** The page's ipcRenderer: its top-level frame is whatever its webContents shows. */
  class FakeIpcRenderer extends EventEmitter implements Pick<E.IpcRenderer, 'invoke' | 'send'> {
    constructor(private readonly contents: FakeWebContents) {
      super();
    }
    invoke = (channel: string, ...args: unknown[]): Promise<unknown> =>
      ipcMain.invoke(this.contents, { url: this.contents.getURL(), parent: null }, channel, ...args);
    send = (channel: string, ...args: unknown[]): void =>
      ipcMain.message(this.contents, { url: this.contents.getURL(), parent: null }, channel, ...args);
  }

  const notifications: FakeNotification[] = [];
  class FakeNotification extends EventEmitter implements Pick<E.Notification, 'title' | 'body' | 'show'> {
    static isSupported = (): boolean => true;
    title: string;
    body: string;
    shown = false;
    constructor(note: E.NotificationConstructorOptions = {}) {
      super();
      this.title = note.title ?? '';
      this.body = note.body ?? '';
      notifications.push(this);
    }
    show = (): void => void (this.shown = true);
  }
  FakeNotification satisfies Pick<typeof E.Notification, 'isSupported'>;

  type Template = Parameters<typeof E.Menu.buildFromTemplate>[0];
  const Menu = {
    buildFromTemplate: (template: Template) => ({ template }), // stands in for the Menu it would build
    setApplicationMenu: (menu: { template: Template } | null) => record('Menu.setApplicationMenu', menu),
  };

  const errorBoxes: { title: string; content: string }[] = [];
  const saveAnswers: string[] = [];
  const saveDialogs: { parent: unknown; options: E.SaveDialogOptions }[] = [];
  const dialog = {
    showErrorBox: (title: string, content: string) => void errorBoxes.push({ title, content }),
    showSaveDialog(
      parentOrOptions: E.BaseWindow | E.SaveDialogOptions,
      maybeOptions?: E.SaveDialogOptions,
    ): Promise<E.SaveDialogReturnValue> {
      // (window, options) or (options): a window is recorded as the dialog's parent.
      if (maybeOptions) saveDialogs.push({ parent: parentOrOptions, options: maybeOptions });
      else saveDialogs.push({ parent: null, options: parentOrOptions });
      const filePath = saveAnswers.shift();
      return Promise.resolve({ canceled: filePath === undefined, filePath: filePath ?? '' });
    },
  } satisfies Pick<E.Dialog, 'showErrorBox' | 'showSaveDialog'>;

  const opened: string[] = [];
  const shell = {
    openExternal: (url: string) => Promise.resolve(void opened.push(url)), // recorded, never opened
  } satisfies Pick<E.Shell, 'openExternal'>;
  const nativeTheme = { shouldUseDarkColors: false } satisfies Pick<E.NativeTheme, 'shouldUseDarkColors'>;

  /** What `require('electron')` gives the main process. */
  const main = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog,
    ipcMain,
    Menu,
    nativeTheme,
    Notification: FakeNotification,
    protocol,
    session,
    shell,
  } satisfies Partial<Record<keyof typeof E, unknown>>;

  /** What `require('electron')` gives a preload running in `contents`. */
  function preloadModule(contents: FakeWebContents) {
    const exposed = new Map<string, unknown>();
    const ipcRenderer = (contents.page = new FakeIpcRenderer(contents));
    const contextBridge = {
      exposeInMainWorld: (apiKey: string, api: unknown) => void exposed.set(apiKey, api),
    } satisfies Pick<E.ContextBridge, 'exposeInMainWorld'>;
    return { exposed, module: { contextBridge, ipcRenderer } satisfies Partial<Record<keyof typeof E, unknown>> };
  }

  return {
    main,
    preloadModule,
    calls,
    windows,
    notifications,
    errorBoxes,
    saveAnswers,
    saveDialogs,
    opened,
    hooks,
    printer,
    /** Fires `ready` and lets the app's whenReady() continuation run. */
    async ready(): Promise<void> {
      isReady = true;
      record('ready');
      app.emit('ready', electronEvent({}), {});
      signalReady();
      await whenReady;
      await new Promise((resolve) => setImmediate(resolve));
    },
    /** A request the page makes to `scheme`, answered by the app's protocol handler. */
    async request(url: string, method = 'GET'): Promise<Response> {
      const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no handler for ${url}`);
      return await handler(new Request(url, { method }));
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
