import warp as wp


AMBIENT = wp.constant(0.1)
SHADOW_BIAS = wp.constant(1.0e-3)
SHININESS = wp.constant(32.0)


class RenderMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    SHADED = wp.constant(2)


@wp.func
def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:
    # pinhole camera looking down -z, pixel centres, row 0 at the top
    aspect = float(width) / float(height)
    sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov
    sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov
    return wp.normalize(wp.vec3(sx, sy, -1.0))


@wp.kernel(enable_backward=False)
def render_mesh(
    target_mesh: wp.uint64,
    camera_transform: wp.transform,
    vertical_fov: float,
    image_width: wp.int32,
    image_height: wp.int32,
    render_mode: wp.int32,
    albedo: wp.vec3,
    light_dir: wp.vec3,
    background: wp.vec3,
    t_max: float,
    depth_image: wp.array2d[float],
    color_image: wp.array2d[wp.vec3],
):
    """Ray cast the mesh from a pinhole camera, one pixel a thread, and write the render mode's image."""
    tid = wp.tid()
    pixel = tid % image_width
    row = tid // image_width
    if row >= image_height:
        return
    ro = wp.transform_get_translation(camera_transform)
    rd = wp.transform_vector(camera_transform, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))
    query = wp.mesh_query_ray(target_mesh, ro, rd, t_max)
    if not query.result:
        depth_image[row, pixel] = t_max
        color_image[row, pixel] = background
        return
    depth_image[row, pixel] = query.t
    n = query.normal
    if wp.dot(n, rd) > 0.0:
        n = -n
    if render_mode == RenderMode.DEPTH:
        color_image[row, pixel] = wp.vec3(1.0 - query.t / t_max)
    elif render_mode == RenderMode.NORMALS:
        color_image[row, pixel] = n * 0.5 + wp.vec3(0.5)
    else:
        base = albedo
        to_light = light_dir
        diffuse = wp.max(wp.dot(n, to_light), 0.0)
        # shadow ray from just above the surface
        p = ro + rd * query.t
        occluder = wp.mesh_query_ray(target_mesh, p + n * SHADOW_BIAS, to_light, t_max)
        if occluder.result:
            diffuse = 0.0
        color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)
        if diffuse > 0.0:
            half_dir = wp.normalize(to_light - rd)
            color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))
        color_image[row, pixel] = color


@wp.kernel
def raycast(
    target_mesh: wp.uint64,
    ray_dirs: wp.array[wp.vec3],
    distances: wp.array[float],
    normals: wp.array[wp.vec3],
    ray_origin: wp.vec3,
    t_max: float,
):
    tid = wp.tid()
    color = wp.vec3(0.0, 0.0, 0.0)
    depth = t_max
    query = wp.mesh_query_ray(target_mesh, ray_origin, ray_dirs[tid], t_max)
    if query.result:
        depth = query.t
        color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)
        # back faces show the face normal from the other side
        if query.sign < 0.0:
            color = -wp.mesh_eval_face_normal(target_mesh, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)
    distances[tid] = depth
    normals[tid] = color


@wp.kernel
def extract_highlights(luma_threshold: float, color: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    c = color[i, j]
    lum = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)
    lightness = wp.where(lum > 0.008856, 1.16 * wp.cbrt(lum) - 0.16, 9.033 * lum)
    knee = 0.5 * luma_threshold
    soft = wp.clamp(lightness - luma_threshold + knee, 0.0, 2.0 * knee)
    soft = soft * soft / (4.0 * knee + 1.0e-4)
    contribution = wp.max(soft, lightness - luma_threshold) / wp.max(lightness, 1.0e-4)
    color[i, j] = c * contribution


@wp.kernel
def dominant_axis(
    rotations: wp.array[wp.quat],
    local_normals: wp.array[wp.vec3],
    faces: wp.array[wp.int32],
):
    tid = wp.tid()
    rot = rotations[tid]
    d_local = local_normals[tid]
    d = wp.quat_rotate(rot, d_local)
    a = wp.abs(d)
    faces[tid] = int(wp.argmax(a))


@wp.func
def saturate_color(c: wp.vec3, lum: float, sat: float):
    gray = wp.vec3(lum)
    return wp.lerp(gray, c, sat)


@wp.kernel
def apply_grading(saturation: float, color: wp.array2d[wp.vec3]):
    i, j = wp.tid()
    c = color[i, j]
    luma = wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722))
    graded = saturate_color(c, luma, saturation)
    rgb = graded
    color[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))
