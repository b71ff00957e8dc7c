// Warp 1.19.0 cpu code for apply_ground_forces_cf8d735b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

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
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:       <L 11>
    // vn = wp.dot(n, v)                                                                      <L 12>
    var_0 = wp::dot(var_n, var_v);
    // fn = wp.max(depth * material.ke - vn * material.kd, 0.0)                               <L 14>
    var_1 = &((var_material).ke);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_depth, var_3);
    var_4 = &((var_material).kd);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_0, var_6);
    var_7 = wp::sub(var_2, var_5);
    var_9 = wp::max(var_7, var_8);
    // return n * fn                                                                          <L 15>
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
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
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
    // fn = wp.max(depth * material.ke - vn * material.kd, 0.0)                               <L 14>
    var_1 = &((var_material).ke);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_depth, var_3);
    var_4 = &((var_material).kd);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_0, var_6);
    var_7 = wp::sub(var_2, var_5);
    var_9 = wp::max(var_7, var_8);
    // return n * fn                                                                          <L 15>
    var_10 = wp::mul(var_n, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_mul(var_n, var_9, adj_n, adj_9, adj_10);
    // adj: return n * fn                                                                     <L 15>
    wp::adj_max(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_7);
    wp::adj_mul(var_0, var_6, adj_0, adj_4, adj_5);
    adj_material.kd += adj_4;
    wp::adj_mul(var_depth, var_3, adj_depth, adj_1, adj_2);
    adj_material.ke += adj_1;
    // adj: fn = wp.max(depth * material.ke - vn * material.kd, 0.0)                          <L 14>
    wp::adj_dot(var_n, var_v, adj_n, adj_v, adj_0);
    // adj: vn = wp.dot(n, v)                                                                 <L 12>
    // adj: def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:  <L 11>
    return;
}

struct wp_args_apply_ground_forces_2831cabf {
    ContactMaterial_6d49b0fd material;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::float32 particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void apply_ground_forces_2831cabf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_ground_forces_2831cabf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_ground_forces_2831cabf wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    ContactMaterial_6d49b0fd var_material = _wp_args->material;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    bool var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def apply_ground_forces(                                                               <L 19>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // vel = particle_v[tid]                                                                  <L 27>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 28>
    var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
    // depth = particle_radius - wp.dot(particle_x[tid], up)                                  <L 29>
    var_8 = wp::address(var_particle_x, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::dot(var_10, var_7);
    var_11 = wp::sub(var_particle_radius, var_9);
    // if depth > 0.0:                                                                        <L 30>
    var_13 = (var_11 > var_12);
    if (var_13) {
        // wp.atomic_add(particle_f, tid, ground_force(material, up, vel, depth))             <L 32>
        var_14 = ground_force_0(var_material, var_7, var_2, var_11);
        var_15 = wp::atomic_add(var_particle_f, var_0, var_14);
    }
}



template <bool wp_linear_contiguous>
static void apply_ground_forces_2831cabf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_ground_forces_2831cabf *_wp_args,
    wp_args_apply_ground_forces_2831cabf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_ground_forces_2831cabf wp_contiguous_args;
    wp_args_apply_ground_forces_2831cabf wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    ContactMaterial_6d49b0fd var_material = _wp_args->material;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    ContactMaterial_6d49b0fd adj_material = _wp_adj_args->material;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    bool var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def apply_ground_forces(                                                               <L 19>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // vel = particle_v[tid]                                                                  <L 27>
    var_1 = wp::address(var_particle_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 28>
    var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
    // depth = particle_radius - wp.dot(particle_x[tid], up)                                  <L 29>
    var_8 = wp::address(var_particle_x, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::dot(var_10, var_7);
    var_11 = wp::sub(var_particle_radius, var_9);
    // if depth > 0.0:                                                                        <L 30>
    var_13 = (var_11 > var_12);
    if (var_13) {
        // wp.atomic_add(particle_f, tid, ground_force(material, up, vel, depth))             <L 32>
        var_14 = ground_force_0(var_material, var_7, var_2, var_11);
        // var_15 = wp::atomic_add(var_particle_f, var_0, var_14);
    }
    //---------
    // reverse
    if (var_13) {
        wp::adj_atomic_add(var_particle_f, var_0, var_14, adj_particle_f, adj_0, adj_14, adj_15);
        adj_ground_force_0(var_material, var_7, var_2, var_11, adj_material, adj_7, adj_2, adj_11, adj_14);
        // adj: wp.atomic_add(particle_f, tid, ground_force(material, up, vel, depth))        <L 32>
    }
    // adj: if depth > 0.0:                                                                   <L 30>
    wp::adj_sub(var_particle_radius, var_9, adj_particle_radius, adj_9, adj_11);
    wp::adj_dot(var_10, var_7, adj_8, adj_7, adj_9);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_8);
    // adj: depth = particle_radius - wp.dot(particle_x[tid], up)                             <L 29>
    wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
    // adj: up = wp.vec3(0.0, 1.0, 0.0)                                                       <L 28>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_1);
    // adj: vel = particle_v[tid]                                                             <L 27>
    // adj: tid = wp.tid()                                                                    <L 26>
    // adj: def apply_ground_forces(                                                          <L 19>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_ground_forces_2831cabf_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_2831cabf *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_ground_forces_2831cabf_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_ground_forces_2831cabf_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_2831cabf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_ground_forces_2831cabf_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_ground_forces_2831cabf_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_ground_forces_2831cabf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_2831cabf *_wp_args)
{
    apply_ground_forces_2831cabf_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_ground_forces_2831cabf_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_2831cabf *_wp_args,
    wp_args_apply_ground_forces_2831cabf *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_ground_forces_2831cabf_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_ground_forces_2831cabf_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_2831cabf *_wp_args,
    wp_args_apply_ground_forces_2831cabf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_ground_forces_2831cabf_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_ground_forces_2831cabf_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_ground_forces_2831cabf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_ground_forces_2831cabf *_wp_args,
    wp_args_apply_ground_forces_2831cabf *_wp_adj_args)
{
    apply_ground_forces_2831cabf_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

