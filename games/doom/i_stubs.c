/* SPDX-License-Identifier: MIT */
/*
 * i_stubs.c - what the engine asks of a PC that the N64 does not have:
 * networking, a joystick apart from the controller (i_input.c), a window,
 * a mouse, the ENDOOM text screen.  Each does nothing; the network entry
 * points that start a net game stop with an error instead.
 */
#include <stddef.h>

#include "doomtype.h"

#include "i_endoom.h"
#include "i_joystick.h"
#include "i_system.h"
#include "i_video.h"
#include "net_client.h"
#include "net_dedicated.h"
#include "net_gui.h"
#include "net_io.h"
#include "net_loop.h"
#include "net_query.h"
#include "net_sdl.h"
#include "net_server.h"

static boolean no_network(void)
{
	I_Error("there is no network on the N64");
}

static net_addr_t *no_address(const char *name)
{
	(void)name;
	no_network();
	return NULL;
}

/* Every module: starting it stops with the error above. */
net_module_t net_sdl_module = { .InitClient = no_network,
				.InitServer = no_network,
				.ResolveAddress = no_address };
net_module_t net_loop_client_module = { .InitClient = no_network,
					.InitServer = no_network,
					.ResolveAddress = no_address };
net_module_t net_loop_server_module = { .InitClient = no_network,
					.InitServer = no_network,
					.ResolveAddress = no_address };

boolean net_client_connected;
boolean drone;
net_waitdata_t net_client_wait_data;
char *net_client_reject_reason;

void NET_Init(void)
{
}

void NET_BindVariables(void)
{
}

void NET_CL_Run(void)
{
}

void NET_SV_Run(void)
{
}

boolean NET_CL_GetSettings(net_gamesettings_t *settings)
{
	(void)settings;
	return false;
}

void NET_CL_SendTiccmd(ticcmd_t *ticcmd, int maketic)
{
	(void)ticcmd;
	(void)maketic;
}

void NET_CL_StartGame(net_gamesettings_t *settings)
{
	(void)settings;
}

void NET_CL_Disconnect(void)
{
}

boolean NET_CL_Connect(net_addr_t *addr, net_connect_data_t *data)
{
	(void)addr;
	(void)data;
	return no_network();
}

void NET_SV_Init(void)
{
	no_network();
}

void NET_SV_AddModule(net_module_t *module)
{
	(void)module;
}

void NET_SV_RegisterWithMaster(void)
{
}

void NET_SV_Shutdown(void)
{
}

void NET_ReferenceAddress(net_addr_t *addr)
{
	(void)addr;
}

void NET_ReleaseAddress(net_addr_t *addr)
{
	(void)addr;
}

char *NET_AddrToString(net_addr_t *addr)
{
	(void)addr;
	return "none";
}

net_addr_t *NET_FindLANServer(void)
{
	return no_address(NULL);
}

void NET_WaitForLaunch(void)
{
}

void NET_QueryAddress(const char *addr)
{
	no_address(addr);
}

void NET_MasterQuery(void)
{
	no_network();
}

void NET_LANQuery(void)
{
	no_network();
}

void NET_DedicatedServer(void)
{
	no_network();
}

void I_InitJoystick(void)
{
}

void I_BindJoystickVariables(void)
{
}

void I_Endoom(byte *data)
{
	(void)data;
}

void I_GraphicsCheckCommandLine(void)
{
}

void I_BindVideoVariables(void)
{
}

void I_StartFrame(void)
{
}

void I_UpdateNoBlit(void)
{
}

void I_SetWindowTitle(const char *title)
{
	(void)title;
}

void I_CheckIsScreensaver(void)
{
}

void I_SetGrabMouseCallback(grabmouse_callback_t func)
{
	(void)func;
}

void I_DisplayFPSDots(boolean dots_on)
{
	(void)dots_on;
}

void I_RegisterWindowIcon(const unsigned int *icon, int width, int height)
{
	(void)icon;
	(void)width;
	(void)height;
}
