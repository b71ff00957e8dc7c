import warp as wp


class RenderMode:
    DEPTH = wp.constant(0)
    NORMALS = wp.constant(1)
    SHADED = wp.constant(2)


AMBIENT = wp.constant(0.1)
SHADOW_BIAS = wp.constant(1.0e-3)
SHININESS = wp.constant(32.0)


@wp.func
def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:
    # pinhole camera looking down -z, pixel centres, row 0 at the top
    aspect = float(width) / float(height)
    sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov
    sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov
    return wp.normalize(wp.vec3(sx, sy, -1.0))


@wp.kernel(enable_backward=False)
def render_camera_image(
    collider_mesh: wp.uint64,
    face_shader: wp.array[int],
    material_colors: wp.array[wp.vec3],
    camera_transform: wp.transform,
    vertical_fov: float,
    image_width: int,
    image_height: int,
    output_mode: int,
    clear_color: wp.vec3,
    ray_length: float,
    depth_image: wp.array[float],
    color_image: wp.array[wp.vec3],
):
    tid = wp.tid()
    pixel = tid % image_width
    row = tid // image_width
    if row >= image_height:
        return
    ro = wp.transform_get_translation(camera_transform)
    rd = wp.transform_vector(camera_transform, camera_ray(pixel, row, image_width, image_height, wp.tan(0.5 * vertical_fov)))
    query = wp.mesh_query_ray(collider_mesh, ro, rd, ray_length)
    # back faces are culled, as the rasteriser does
    if not query.result or query.sign < 0.0:
        depth_image[tid] = ray_length
        color_image[tid] = clear_color
        return
    depth_image[tid] = query.t
    n = query.normal
    if output_mode == RenderMode.DEPTH:
        color_image[tid] = wp.vec3(1.0 - query.t / ray_length)
    elif output_mode == RenderMode.NORMALS:
        color_image[tid] = n * 0.5 + wp.vec3(0.5)
    else:
        base = material_colors[face_shader[query.face]]
        to_light = wp.normalize(wp.vec3(0.6, 0.4, 0.5))
        diffuse = wp.max(wp.dot(n, to_light), 0.0)
        # shadow ray from just above the surface
        p = ro + rd * query.t
        occluder = wp.mesh_query_ray(collider_mesh, p + n * SHADOW_BIAS, to_light, ray_length)
        if occluder.result:
            diffuse = 0.0
        color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)
        if diffuse > 0.0:
            half_dir = wp.normalize(to_light - rd)
            color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))
        color_image[tid] = color
