// Warp 1.19.0 cpu code for apply_ground_forces_e6cddb84.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

struct ContactMaterial_6d49b0fd
{
    wp::float32 ke;
    wp::float32 kd;


    ContactMaterial_6d49b0fd() = default;
    CUDA_CALLABLE ContactMaterial_6d49b0fd(wp::float32 const& ke,
    wp::float32 const& kd = {})
        : ke{ke}
        , kd{kd}

    {
    }

    CUDA_CALLABLE ContactMaterial_6d49b0fd& operator += (const ContactMaterial_6d49b0fd& rhs)
    {    ke += rhs.ke;
    kd += rhs.kd;

        return *this;}

};

static CUDA_CALLABLE void adj_ContactMaterial_6d49b0fd(wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_ke,
    wp::float32 & adj_kd,
    ContactMaterial_6d49b0fd & adj_ret)
{
    adj_ke += adj_ret.ke;
    adj_kd += adj_ret.kd;
}

// Required when compiling adjoints.
CUDA_CALLABLE ContactMaterial_6d49b0fd add(const ContactMaterial_6d49b0fd& a, const ContactMaterial_6d49b0fd& b)
{
    return ContactMaterial_6d49b0fd();
}

CUDA_CALLABLE void adj_atomic_add(ContactMaterial_6d49b0fd* p, ContactMaterial_6d49b0fd t)
{
    wp::adj_atomic_add(&p->ke, t.ke);
    wp::adj_atomic_add(&p->kd, t.kd);
}




struct SphereCollider_0eb27812
{
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;


    SphereCollider_0eb27812() = default;
    CUDA_CALLABLE SphereCollider_0eb27812(wp::vec_t<3, wp::float32> const& center,
    wp::float32 const& radius = {})
        : center{center}
        , radius{radius}

    {
    }

    CUDA_CALLABLE SphereCollider_0eb27812& operator += (const SphereCollider_0eb27812& rhs)
    {    center += rhs.center;
    radius += rhs.radius;

        return *this;}

};

static CUDA_CALLABLE void adj_SphereCollider_0eb27812(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    SphereCollider_0eb27812 & adj_ret)
{
    adj_center += adj_ret.center;
    adj_radius += adj_ret.radius;
}

// Required when compiling adjoints.
CUDA_CALLABLE SphereCollider_0eb27812 add(const SphereCollider_0eb27812& a, const SphereCollider_0eb27812& b)
{
    return SphereCollider_0eb27812();
}

CUDA_CALLABLE void adj_atomic_add(SphereCollider_0eb27812* p, SphereCollider_0eb27812 t)
{
    wp::adj_atomic_add(&p->center, t.center);
    wp::adj_atomic_add(&p->radius, t.radius);
}




// apply_ground_forces.py:10
static wp::vec_t<3, wp::float32> ground_force_0(
    ContactMaterial_6d49b0fd var_material,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_depth)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:       <L 11>
    // vn = wp.dot(n, v)                                                                      <L 12>
    var_0 = wp::dot(var_n, var_v);
    // fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                               <L 13>
    var_1 = &((var_material).ke);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_depth, var_3);
    var_5 = wp::min(var_0, var_4);
    var_6 = &((var_material).kd);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::sub(var_2, var_7);
    // return n * fn                                                                          <L 14>
    var_10 = wp::mul(var_n, var_9);
    return var_10;
}


// apply_ground_forces.py:10
static void adj_ground_force_0(
    ContactMaterial_6d49b0fd var_material,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_depth,
    ContactMaterial_6d49b0fd & adj_material,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_depth,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:       <L 11>
    // vn = wp.dot(n, v)                                                                      <L 12>
    var_0 = wp::dot(var_n, var_v);
    // fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                               <L 13>
    var_1 = &((var_material).ke);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_depth, var_3);
    var_5 = wp::min(var_0, var_4);
    var_6 = &((var_material).kd);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::sub(var_2, var_7);
    // return n * fn                                                                          <L 14>
    var_10 = wp::mul(var_n, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_mul(var_n, var_9, adj_n, adj_9, adj_10);
    // adj: return n * fn                                                                     <L 14>
    wp::adj_sub(var_2, var_7, adj_2, adj_7, adj_9);
    wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
    adj_material.kd += adj_6;
    wp::adj_min(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_mul(var_depth, var_3, adj_depth, adj_1, adj_2);
    adj_material.ke += adj_1;
    // adj: fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                          <L 13>
    wp::adj_dot(var_n, var_v, adj_n, adj_v, adj_0);
    // adj: vn = wp.dot(n, v)                                                                 <L 12>
    // adj: def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:  <L 11>
    return;
}

struct wp_args_apply_ground_forces_896f67d3 {
    ContactMaterial_6d49b0fd material;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::vec_t<3, wp::float32>> force_out;
};


template <bool wp_linear_contiguous>
static void apply_ground_forces_896f67d3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_ground_forces_896f67d3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_ground_forces_896f67d3 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    ContactMaterial_6d49b0fd var_material = _wp_args->material;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // forward
    // def apply_ground_forces(                                                               <L 18>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 27>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = velocities[tid]                                                                  <L 28>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = radii[tid]                                                                         <L 29>
    var_7 = wp::address(var_radii, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 30>
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    // depth = r - wp.dot(p, up)                                                              <L 31>
    var_14 = wp::dot(var_2, var_13);
    var_15 = wp::sub(var_8, var_14);
    // f = wp.vec3(0.0)                                                                       <L 32>
    var_17 = wp::vec_t<3, wp::float32>(var_16);
    // if depth > 0.0:                                                                        <L 33>
    var_19 = (var_15 > var_18);
    if (var_19) {
        // f = ground_force(material, up, vel, depth)                                         <L 34>
        var_20 = ground_force_0(var_material, var_13, var_5, var_15);
    }
    var_21 = wp::where(var_19, var_20, var_17);
    // force_out[tid] = f                                                                     <L 35>
    wp::array_store(var_force_out, var_0, var_21);
}



template <bool wp_linear_contiguous>
static void apply_ground_forces_896f67d3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_ground_forces_896f67d3 *_wp_args,
    wp_args_apply_ground_forces_896f67d3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_ground_forces_896f67d3 wp_contiguous_args;
    wp_args_apply_ground_forces_896f67d3 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    ContactMaterial_6d49b0fd var_material = _wp_args->material;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    ContactMaterial_6d49b0fd adj_material = _wp_adj_args->material;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out = _wp_adj_args->force_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def apply_ground_forces(                                                               <L 18>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 27>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = velocities[tid]                                                                  <L 28>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = radii[tid]                                                                         <L 29>
    var_7 = wp::address(var_radii, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 30>
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    // depth = r - wp.dot(p, up)                                                              <L 31>
    var_14 = wp::dot(var_2, var_13);
    var_15 = wp::sub(var_8, var_14);
    // f = wp.vec3(0.0)                                                                       <L 32>
    var_17 = wp::vec_t<3, wp::float32>(var_16);
    // if depth > 0.0:                                                                        <L 33>
    var_19 = (var_15 > var_18);
    if (var_19) {
        // f = ground_force(material, up, vel, depth)                                         <L 34>
        var_20 = ground_force_0(var_material, var_13, var_5, var_15);
    }
    var_21 = wp::where(var_19, var_20, var_17);
    // force_out[tid] = f                                                                     <L 35>
    // wp::array_store(var_force_out, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_force_out, var_0, var_21, adj_force_out, adj_0, adj_21);
    // adj: force_out[tid] = f                                                                <L 35>
    wp::adj_where(var_19, var_20, var_17, adj_19, adj_20, adj_17, adj_21);
    if (var_19) {
        adj_ground_force_0(var_material, var_13, var_5, var_15, adj_material, adj_13, adj_5, adj_15, adj_20);
        // adj: f = ground_force(material, up, vel, depth)                                    <L 34>
    }
    // adj: if depth > 0.0:                                                                   <L 33>
    wp::adj_vec_t(var_16, adj_16, adj_17);
    // adj: f = wp.vec3(0.0)                                                                  <L 32>
    wp::adj_sub(var_8, var_14, adj_8, adj_14, adj_15);
    wp::adj_dot(var_2, var_13, adj_2, adj_13, adj_14);
    // adj: depth = r - wp.dot(p, up)                                                         <L 31>
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    // adj: up = wp.vec3(0.0, 1.0, 0.0)                                                       <L 30>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_7);
    // adj: r = radii[tid]                                                                    <L 29>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
    // adj: vel = velocities[tid]                                                             <L 28>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[tid]                                                                   <L 27>
    // adj: tid = wp.tid()                                                                    <L 26>
    // adj: def apply_ground_forces(                                                          <L 18>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_ground_forces_896f67d3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_896f67d3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_ground_forces_896f67d3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_ground_forces_896f67d3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_896f67d3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_ground_forces_896f67d3_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_ground_forces_896f67d3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_ground_forces_896f67d3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_896f67d3 *_wp_args)
{
    apply_ground_forces_896f67d3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_ground_forces_896f67d3_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_896f67d3 *_wp_args,
    wp_args_apply_ground_forces_896f67d3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_ground_forces_896f67d3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_ground_forces_896f67d3_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_896f67d3 *_wp_args,
    wp_args_apply_ground_forces_896f67d3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_ground_forces_896f67d3_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_ground_forces_896f67d3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_ground_forces_896f67d3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_896f67d3 *_wp_args,
    wp_args_apply_ground_forces_896f67d3 *_wp_adj_args)
{
    apply_ground_forces_896f67d3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_push_out_of_spheres_9dcdf574 {
    wp::array_t<SphereCollider_0eb27812> colliders;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 cutoff;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
};


template <bool wp_linear_contiguous>
static void push_out_of_spheres_9dcdf574_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_push_out_of_spheres_9dcdf574 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.colliders.strides[0] = sizeof(SphereCollider_0eb27812);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<SphereCollider_0eb27812> var_colliders = _wp_args->colliders;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_cutoff = _wp_args->cutoff;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    SphereCollider_0eb27812* var_11;
    SphereCollider_0eb27812 var_12;
    SphereCollider_0eb27812 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    const wp::float32 var_25 = 1e-06;
    bool var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    //---------
    // forward
    // def push_out_of_spheres(                                                               <L 45>
    // tid = wp.tid()                                                                         <L 52>
    var_0 = builtin_tid1d();
    // pos = points[tid]                                                                      <L 53>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = pos                                                                                <L 54>
    var_4 = wp::copy(var_2);
    // for s in range(colliders.shape[0]):                                                    <L 55>
    var_5 = &(var_colliders.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::range(var_7);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // sphere = colliders[s]                                                              <L 56>
        var_11 = wp::address(var_colliders, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // delta = p - sphere.center                                                          <L 57>
        var_14 = &((var_12).center);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_4, var_16);
        // dist = wp.length(delta)                                                            <L 58>
        var_17 = wp::length(var_15);
        // overlap = sphere.radius + cutoff - dist                                            <L 59>
        var_18 = &((var_12).radius);
        var_20 = wp::load(var_18);
        var_19 = wp::add(var_20, var_cutoff);
        var_21 = wp::sub(var_19, var_17);
        // if overlap > 0.0 and dist > 1.0e-6:                                                <L 60>
        var_24 = (var_21 > var_23);
        var_22 = var_24;
        if (var_22) {
            var_26 = (var_17 > var_25);
            var_22 = var_22 && var_26;
        }
        if (var_22) {
            // p = p + delta * (overlap / dist)                                               <L 61>
            var_27 = wp::div(var_21, var_17);
            var_28 = wp::mul(var_15, var_27);
            var_29 = wp::add(var_4, var_28);
        }
        var_30 = wp::where(var_22, var_29, var_4);
        wp::assign(var_4, var_30);
        goto start_for_0;
    end_for_0:;
    // new_positions[tid] = p                                                                 <L 62>
    wp::array_store(var_new_positions, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void push_out_of_spheres_9dcdf574_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_args,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_push_out_of_spheres_9dcdf574 wp_contiguous_args;
    wp_args_push_out_of_spheres_9dcdf574 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.colliders.strides[0] = sizeof(SphereCollider_0eb27812);
        wp_contiguous_adj_args.colliders.strides[0] = sizeof(SphereCollider_0eb27812);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<SphereCollider_0eb27812> var_colliders = _wp_args->colliders;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_cutoff = _wp_args->cutoff;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<SphereCollider_0eb27812> adj_colliders = _wp_adj_args->colliders;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_cutoff = _wp_adj_args->cutoff;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    SphereCollider_0eb27812* var_11;
    SphereCollider_0eb27812 var_12;
    SphereCollider_0eb27812 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    const wp::float32 var_25 = 1e-06;
    bool var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    SphereCollider_0eb27812 adj_11 = {};
    SphereCollider_0eb27812 adj_12 = {};
    SphereCollider_0eb27812 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    //---------
    // forward
    // def push_out_of_spheres(                                                               <L 45>
    // tid = wp.tid()                                                                         <L 52>
    var_0 = builtin_tid1d();
    // pos = points[tid]                                                                      <L 53>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = pos                                                                                <L 54>
    var_4 = wp::copy(var_2);
    // for s in range(colliders.shape[0]):                                                    <L 55>
    var_5 = &(var_colliders.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::range(var_7);
    // new_positions[tid] = p                                                                 <L 62>
    // wp::array_store(var_new_positions, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_new_positions, var_0, var_4, adj_new_positions, adj_0, adj_4);
    // adj: new_positions[tid] = p                                                            <L 62>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
        // sphere = colliders[s]                                                              <L 56>
        var_11 = wp::address(var_colliders, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // delta = p - sphere.center                                                          <L 57>
        var_14 = &((var_12).center);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_4, var_16);
        // dist = wp.length(delta)                                                            <L 58>
        var_17 = wp::length(var_15);
        // overlap = sphere.radius + cutoff - dist                                            <L 59>
        var_18 = &((var_12).radius);
        var_20 = wp::load(var_18);
        var_19 = wp::add(var_20, var_cutoff);
        var_21 = wp::sub(var_19, var_17);
        // if overlap > 0.0 and dist > 1.0e-6:                                                <L 60>
        var_24 = (var_21 > var_23);
        var_22 = var_24;
        if (var_22) {
            var_26 = (var_17 > var_25);
            var_22 = var_22 && var_26;
        }
        if (var_22) {
            // p = p + delta * (overlap / dist)                                               <L 61>
            var_27 = wp::div(var_21, var_17);
            var_28 = wp::mul(var_15, var_27);
            var_29 = wp::add(var_4, var_28);
        }
        var_30 = wp::where(var_22, var_29, var_4);
        wp::assign(var_4, var_30);
        wp::adj_assign(var_4, var_30, adj_4, adj_30);
        wp::adj_where(var_22, var_29, var_4, adj_22, adj_29, adj_4, adj_30);
        if (var_22) {
            wp::adj_add(var_4, var_28, adj_4, adj_28, adj_29);
            wp::adj_mul(var_15, var_27, adj_15, adj_27, adj_28);
            wp::adj_div(var_21, var_17, var_27, adj_21, adj_17, adj_27);
            // adj: p = p + delta * (overlap / dist)                                          <L 61>
        }
        if (var_22) {
        }
        // adj: if overlap > 0.0 and dist > 1.0e-6:                                           <L 60>
        wp::adj_sub(var_19, var_17, adj_19, adj_17, adj_21);
        wp::adj_add(var_20, var_cutoff, adj_18, adj_cutoff, adj_19);
        adj_12.radius += adj_18;
        // adj: overlap = sphere.radius + cutoff - dist                                       <L 59>
        wp::adj_length(var_15, var_17, adj_15, adj_17);
        // adj: dist = wp.length(delta)                                                       <L 58>
        wp::adj_sub(var_4, var_16, adj_4, adj_14, adj_15);
        adj_12.center += adj_14;
        // adj: delta = p - sphere.center                                                     <L 57>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_colliders, var_10, adj_colliders, adj_10, adj_11);
        // adj: sphere = colliders[s]                                                         <L 56>
    	goto start_for_0;
    end_for_0:;
    adj_colliders.shape = adj_5;
    // adj: for s in range(colliders.shape[0]):                                               <L 55>
    wp::adj_copy(var_2, adj_2, adj_4);
    // adj: p = pos                                                                           <L 54>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: pos = points[tid]                                                                 <L 53>
    // adj: tid = wp.tid()                                                                    <L 52>
    // adj: def push_out_of_spheres(                                                          <L 45>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void push_out_of_spheres_9dcdf574_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        push_out_of_spheres_9dcdf574_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void push_out_of_spheres_9dcdf574_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->colliders.strides[0] == (int)sizeof(SphereCollider_0eb27812)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        push_out_of_spheres_9dcdf574_cpu_forward_tasks<true>(dim, _wp_args);
    else
        push_out_of_spheres_9dcdf574_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void push_out_of_spheres_9dcdf574_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_args)
{
    push_out_of_spheres_9dcdf574_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void push_out_of_spheres_9dcdf574_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_args,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        push_out_of_spheres_9dcdf574_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void push_out_of_spheres_9dcdf574_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_args,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->colliders.strides[0] == (int)sizeof(SphereCollider_0eb27812)) & (_wp_adj_args->colliders.strides[0] == (int)sizeof(SphereCollider_0eb27812)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        push_out_of_spheres_9dcdf574_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        push_out_of_spheres_9dcdf574_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void push_out_of_spheres_9dcdf574_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_args,
    wp_args_push_out_of_spheres_9dcdf574 *_wp_adj_args)
{
    push_out_of_spheres_9dcdf574_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

