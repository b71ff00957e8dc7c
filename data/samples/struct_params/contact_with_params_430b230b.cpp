// Warp 1.19.0 cpu code for contact_with_params_430b230b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

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




// contact_with_params.py:10
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
    // fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                               <L 14>
    var_1 = &((var_material).ke);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_depth, var_3);
    var_5 = wp::min(var_0, var_4);
    var_6 = &((var_material).kd);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::sub(var_2, var_7);
    // return n * fn                                                                          <L 15>
    var_10 = wp::mul(var_n, var_9);
    return var_10;
}


// contact_with_params.py:10
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
    // fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                               <L 14>
    var_1 = &((var_material).ke);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_depth, var_3);
    var_5 = wp::min(var_0, var_4);
    var_6 = &((var_material).kd);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::sub(var_2, var_7);
    // return n * fn                                                                          <L 15>
    var_10 = wp::mul(var_n, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_mul(var_n, var_9, adj_n, adj_9, adj_10);
    // adj: return n * fn                                                                     <L 15>
    wp::adj_sub(var_2, var_7, adj_2, adj_7, adj_9);
    wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
    adj_material.kd += adj_6;
    wp::adj_min(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_mul(var_depth, var_3, adj_depth, adj_1, adj_2);
    adj_material.ke += adj_1;
    // adj: fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                          <L 14>
    wp::adj_dot(var_n, var_v, adj_n, adj_v, adj_0);
    // adj: vn = wp.dot(n, v)                                                                 <L 12>
    // adj: def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:  <L 11>
    return;
}

struct wp_args_contact_with_params_b2f24711 {
    ContactMaterial_6d49b0fd material;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::float32 particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void contact_with_params_b2f24711_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_contact_with_params_b2f24711 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_contact_with_params_b2f24711 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    ContactMaterial_6d49b0fd var_material = _wp_args->material;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def contact_with_params(                                                               <L 19>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 27>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = particle_v[tid]                                                                  <L 28>
    var_4 = wp::address(var_particle_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 29>
    var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
    // depth = particle_radius - wp.dot(p, up)                                                <L 30>
    var_11 = wp::dot(var_2, var_10);
    var_12 = wp::sub(var_particle_radius, var_11);
    // f = wp.vec3(0.0)                                                                       <L 31>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    // if depth > 0.0:                                                                        <L 32>
    var_16 = (var_12 > var_15);
    if (var_16) {
        // f = ground_force(material, up, vel, depth)                                         <L 33>
        var_17 = ground_force_0(var_material, var_10, var_5, var_12);
    }
    var_18 = wp::where(var_16, var_17, var_14);
    // particle_f[tid] = f                                                                    <L 34>
    wp::array_store(var_particle_f, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void contact_with_params_b2f24711_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_contact_with_params_b2f24711 *_wp_args,
    wp_args_contact_with_params_b2f24711 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_contact_with_params_b2f24711 wp_contiguous_args;
    wp_args_contact_with_params_b2f24711 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
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
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    ContactMaterial_6d49b0fd adj_material = _wp_adj_args->material;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
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
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def contact_with_params(                                                               <L 19>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 27>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = particle_v[tid]                                                                  <L 28>
    var_4 = wp::address(var_particle_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 29>
    var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
    // depth = particle_radius - wp.dot(p, up)                                                <L 30>
    var_11 = wp::dot(var_2, var_10);
    var_12 = wp::sub(var_particle_radius, var_11);
    // f = wp.vec3(0.0)                                                                       <L 31>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    // if depth > 0.0:                                                                        <L 32>
    var_16 = (var_12 > var_15);
    if (var_16) {
        // f = ground_force(material, up, vel, depth)                                         <L 33>
        var_17 = ground_force_0(var_material, var_10, var_5, var_12);
    }
    var_18 = wp::where(var_16, var_17, var_14);
    // particle_f[tid] = f                                                                    <L 34>
    // wp::array_store(var_particle_f, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_particle_f, var_0, var_18, adj_particle_f, adj_0, adj_18);
    // adj: particle_f[tid] = f                                                               <L 34>
    wp::adj_where(var_16, var_17, var_14, adj_16, adj_17, adj_14, adj_18);
    if (var_16) {
        adj_ground_force_0(var_material, var_10, var_5, var_12, adj_material, adj_10, adj_5, adj_12, adj_17);
        // adj: f = ground_force(material, up, vel, depth)                                    <L 33>
    }
    // adj: if depth > 0.0:                                                                   <L 32>
    wp::adj_vec_t(var_13, adj_13, adj_14);
    // adj: f = wp.vec3(0.0)                                                                  <L 31>
    wp::adj_sub(var_particle_radius, var_11, adj_particle_radius, adj_11, adj_12);
    wp::adj_dot(var_2, var_10, adj_2, adj_10, adj_11);
    // adj: depth = particle_radius - wp.dot(p, up)                                           <L 30>
    wp::adj_vec_t(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
    // adj: up = wp.vec3(0.0, 1.0, 0.0)                                                       <L 29>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_4);
    // adj: vel = particle_v[tid]                                                             <L 28>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[tid]                                                                        <L 27>
    // adj: tid = wp.tid()                                                                    <L 26>
    // adj: def contact_with_params(                                                          <L 19>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void contact_with_params_b2f24711_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_with_params_b2f24711 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        contact_with_params_b2f24711_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void contact_with_params_b2f24711_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_with_params_b2f24711 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        contact_with_params_b2f24711_cpu_forward_tasks<true>(dim, _wp_args);
    else
        contact_with_params_b2f24711_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void contact_with_params_b2f24711_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_with_params_b2f24711 *_wp_args)
{
    contact_with_params_b2f24711_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void contact_with_params_b2f24711_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_with_params_b2f24711 *_wp_args,
    wp_args_contact_with_params_b2f24711 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        contact_with_params_b2f24711_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void contact_with_params_b2f24711_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_with_params_b2f24711 *_wp_args,
    wp_args_contact_with_params_b2f24711 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        contact_with_params_b2f24711_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        contact_with_params_b2f24711_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void contact_with_params_b2f24711_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_with_params_b2f24711 *_wp_args,
    wp_args_contact_with_params_b2f24711 *_wp_adj_args)
{
    contact_with_params_b2f24711_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

